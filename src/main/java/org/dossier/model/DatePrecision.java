package org.dossier.model;

/** How much of a date is known. */
public enum DatePrecision { YEAR, MONTH, DAY }
