DossierSearch.add("heads/te",[["appreciate","appreciat"],["benadrukte","benadrukt"]]);
