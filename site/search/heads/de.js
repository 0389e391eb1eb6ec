DossierSearch.add("heads/de",[["aflatende","aflat"],["beloofde","beloofd"],["verenigde","verenigd"],["vertrouwenwekkende","vertrouwenwek"],["waarschuwde","waarschuwd"]]);
