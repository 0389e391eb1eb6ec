DossierSearch.add("terms/5",{"forms":{},"postings":{"50":[3,-1,109,0,2,97,14,-1,93,0,8,104,6,-6,143]}});
