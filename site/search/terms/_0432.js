DossierSearch.add("terms/_0432",{"forms":{},"postings":{"володимир":[1,-1,93,0,5,108,1,-2,139,0,-6,99]}});
