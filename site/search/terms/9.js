DossierSearch.add("terms/9",{"forms":{},"postings":{"9":[3,-1,109,0,3,92,3,-6,134]}});
