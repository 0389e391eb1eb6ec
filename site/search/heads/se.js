DossierSearch.add("heads/se",[["amerikaanse","amerikan"],["oekraiense","oekraien"],["zwitserse","zwitser"]]);
