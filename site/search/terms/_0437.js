DossierSearch.add("terms/_0437",{"forms":{},"postings":{"зеленськии":[17,-1,93,0,5,108,34,-2,139,-8,-6,99]}});
