DossierSearch.add("heads/nt",[["aantoont","aantoont"],["president","president"]]);
