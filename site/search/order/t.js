DossierSearch.add("order/t",[2,23,43,6,57,11,8]);
