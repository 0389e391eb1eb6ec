DossierSearch.add("order/a",[3,17]);
