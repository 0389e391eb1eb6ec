DossierSearch.add("heads/re",[["bijzondere","bijzonder"],["militaire","militair"]]);
