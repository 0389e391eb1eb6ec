DossierSearch.add("heads/ig",[["openhartig","openhart"]]);
