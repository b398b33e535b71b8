package org.zicha.ledger;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric cells for parsing rather than display: a date cell as an ISO date, in
 * the workbook's date system (1900, or 1904 as Excel for Mac may save it), any other
 * number in plain decimal notation.
 */
final class CellText extends DataFormatter {

	/**
	 * The built-in date formats of a Chinese (and Japanese, Korean) Excel (ECMA-376 part
	 * 1, 18.8.30, zh-CN): a workbook names them by id only, without their text, so POI
	 * would take their cells for plain numbers.
	 */
	static final Map<Short, String> CHINESE_DATE_FORMATS = Map.ofEntries(Map.entry((short) 27, "yyyy\"年\"m\"月\""),
			Map.entry((short) 28, "m\"月\"d\"日\""), Map.entry((short) 29, "m\"月\"d\"日\""),
			Map.entry((short) 30, "m-d-yy"), Map.entry((short) 31, "yyyy\"年\"m\"月\"d\"日\""),
			Map.entry((short) 36, "yyyy\"年\"m\"月\""), Map.entry((short) 50, "yyyy\"年\"m\"月\""),
			Map.entry((short) 51, "m\"月\"d\"日\""), Map.entry((short) 52, "yyyy\"年\"m\"月\""),
			Map.entry((short) 53, "m\"月\"d\"日\""), Map.entry((short) 54, "m\"月\"d\"日\""),
			Map.entry((short) 57, "yyyy\"年\"m\"月\""), Map.entry((short) 58, "m\"月\"d\"日\""));

	private final boolean date1904;

	/**
	 * A formatter for a workbook.
	 * @param date1904 whether the workbook counts its dates from 1904-01-01 instead of
	 * 1900-01-01
	 */
	CellText(boolean date1904) {
		this.date1904 = date1904;
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		return formatRawCellContents(value, formatIndex, formatString, this.date1904);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		String format = CHINESE_DATE_FORMATS.getOrDefault((short) formatIndex, formatString);
		if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
