DossierSearch.add("terms/y",{"forms":{},"postings":{"year":[1,-1,93,0,5,108,1,-6,99]}});
