DossierSearch.add("terms/c",{"forms":{"concreet":["concret"]},"postings":{"co":[75,-3,91],"concret":[3,-1,109,0,2,97,14,-1,93,0,8,104],"conflict":[3,-1,109,0,2,97]}});
