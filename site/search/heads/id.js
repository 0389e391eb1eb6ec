DossierSearch.add("heads/id",[["veiligheid","veilig"]]);
