DossierSearch.add("heads/on",[["deoligarchization","deoligarchization"],["escalation","escalation"],["operation","operation"],["organisation","organisation"]]);
