DossierSearch.add("heads/ns",[["eveneens","evenen"],["kernwapens","kernwapen"],["relations","relation"]]);
