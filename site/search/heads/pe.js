DossierSearch.add("heads/pe",[["principe","princip"]]);
