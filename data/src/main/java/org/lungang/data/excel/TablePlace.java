package org.lungang.data.excel;

/** Where a value of the problem tree came from: the file, and the sheet, row and column in it. */
record TablePlace(String file, String location) {
}
