DossierSearch.add("terms/c",{"forms":{"concreet":["concret"]},"postings":{"co":[3,-3,91],"concret":[0,-1,109,0,2,97,1,-1,93,0,8,104],"conflict":[0,-1,109,0,2,97]}});
