DossierSearch.add("heads/ki",[["zelenski","zelenski"]]);
