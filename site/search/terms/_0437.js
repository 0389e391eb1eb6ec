DossierSearch.add("terms/_0437",{"forms":{},"postings":{"зеленськии":[1,-1,93,0,5,108,1,-2,139,0,-6,99]}});
