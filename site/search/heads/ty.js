DossierSearch.add("heads/ty",[["security","security"]]);
