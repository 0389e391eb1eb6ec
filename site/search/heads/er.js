DossierSearch.add("heads/er",[["regeringsleger","regeringsleger"],["woordvoerder","woordvoerder"]]);
