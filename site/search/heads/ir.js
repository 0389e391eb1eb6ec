DossierSearch.add("heads/ir",[["vladimir","vladimir"],["volodimir","volodimir"]]);
