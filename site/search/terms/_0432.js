DossierSearch.add("terms/_0432",{"forms":{},"postings":{"володимир":[17,-1,93,0,5,108,34,-2,139,-8,-6,99]}});
