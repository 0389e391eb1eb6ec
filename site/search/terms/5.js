DossierSearch.add("terms/5",{"forms":{},"postings":{"50":[0,-1,109,0,2,97,1,-1,93,0,8,104,0,-6,143]}});
