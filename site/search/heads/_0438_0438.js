DossierSearch.add("heads/_0438_0438",[["зеленськии","зеленськии"]]);
