DossierSearch.add("heads/fd",[["staatshoofd","staatshoofd"]]);
