DossierSearch.add("heads/ds",[["anderzijds","anderzijd"],["enerzijds","enerzijd"]]);
