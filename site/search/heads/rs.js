DossierSearch.add("heads/rs",[["partners","partner"]]);
