DossierSearch.add("heads/he",[["russische","russisch"],["separatistische","separatistisch"],["strategische","strategisch"]]);
