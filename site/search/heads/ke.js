DossierSearch.add("heads/ke",[["diplomatieke","diplomatiek"],["gezamenlijke","gezamen"],["mogelijke","mogelijk"],["onvergankelijke","onvergank"],["politieke","politiek"]]);
