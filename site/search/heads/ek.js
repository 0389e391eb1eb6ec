DossierSearch.add("heads/ek",[["telefoongesprek","telefoongesprek"]]);
