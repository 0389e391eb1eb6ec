DossierSearch.add("terms/y",{"forms":{},"postings":{"year":[17,-1,93,0,5,108,26,-6,99]}});
