using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MigrationStats.Workbook;

/// <summary>How a cell looks. The default is the workbook's normal style (Calibri 11, general alignment).</summary>
/// <param name="Bold">Bold text.</param>
/// <param name="Title">14-point bold text (the Summary's title).</param>
/// <param name="Red">Dark red text (a conflicting series point, a skipped input).</param>
/// <param name="Link">Hyperlink look: underlined, in the theme's link colour.</param>
/// <param name="Format">Number format code, or null for General.</param>
/// <param name="Left">Aligned left (numbers among text on the Summary).</param>
/// <param name="Top">Aligned to the top of the cell (table cells, whose rows may be tall).</param>
/// <param name="Wrap">Text wraps within the column.</param>
internal readonly record struct CellStyle(bool Bold = false, bool Title = false, bool Red = false, bool Link = false, string? Format = null, bool Left = false, bool Top = false, bool Wrap = false);

/// <summary>
/// The cell formats a workbook uses, numbered as they are first asked for, and the styles part
/// (<c>xl/styles.xml</c>) that defines them. Number formats are custom formats (ids from 164)
/// even where Excel has a built-in one, so every reader sees the format code itself.
/// </summary>
internal sealed class WorkbookStyles
{
    private const uint FirstCustomFormat = 164;
    private const string DarkRed = "FF8B0000";
    private const string FontName = "Calibri";

    /// <summary>The theme colour of hyperlinks.</summary>
    private const uint LinkThemeColor = 10;

    /// <summary>The theme colour of text (dark 1).</summary>
    private const uint TextThemeColor = 1;

    private readonly Dictionary<CellStyle, uint> formats = [];
    private readonly List<CellStyle> ordered = [];
    private readonly Dictionary<string, uint> numberFormats = new(StringComparer.Ordinal);
    private readonly Dictionary<(bool Bold, bool Title, bool Red, bool Link), uint> fonts = [];

    public WorkbookStyles()
    {
        Index(default);
    }

    /// <summary>The index of a style in the cell formats (the <c>s</c> of a cell).</summary>
    public uint Index(CellStyle style)
    {
        if (!formats.TryGetValue(style, out var index))
        {
            index = (uint)ordered.Count;
            formats.Add(style, index);
            ordered.Add(style);
            if (style.Format is { } code && !numberFormats.ContainsKey(code))
            {
                numberFormats.Add(code, FirstCustomFormat + (uint)numberFormats.Count);
            }

            fonts.TryAdd(FontKey(style), (uint)fonts.Count);
        }

        return index;
    }

    /// <summary>The styles part for every style asked for so far.</summary>
    public Stylesheet Stylesheet()
    {
        var sheet = new Stylesheet();
        if (numberFormats.Count > 0)
        {
            sheet.Append(new NumberingFormats(numberFormats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
            {
                Count = (uint)numberFormats.Count,
            });
        }

        sheet.Append(new Fonts(fonts.OrderBy(f => f.Value).Select(f => Font(f.Key))) { Count = (uint)fonts.Count });
        sheet.Append(new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 });
        sheet.Append(new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 });
        sheet.Append(new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });
        sheet.Append(new CellFormats(ordered.Select(CellFormat)) { Count = (uint)ordered.Count });
        sheet.Append(new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        sheet.Append(new DifferentialFormats { Count = 0 });
        sheet.Append(new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
        return sheet;
    }

    private static (bool Bold, bool Title, bool Red, bool Link) FontKey(CellStyle style) =>
        (style.Bold || style.Title, style.Title, style.Red, style.Link);

    private static Font Font((bool Bold, bool Title, bool Red, bool Link) key)
    {
        var font = new Font();
        if (key.Bold)
        {
            font.Append(new Bold());
        }

        if (key.Link)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = key.Title ? 14 : 11 });
        font.Append(key.Red ? new Color { Rgb = DarkRed } : new Color { Theme = key.Link ? LinkThemeColor : TextThemeColor });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontScheme { Val = FontSchemeValues.Minor });
        return font;
    }

    private CellFormat CellFormat(CellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = style.Format is { } code ? numberFormats[code] : 0,
            FontId = fonts[FontKey(style)],
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
        };
        if (style.Format is not null)
        {
            format.ApplyNumberFormat = true;
        }

        if (FontKey(style) != default)
        {
            format.ApplyFont = true;
        }

        if (style.Left || style.Top || style.Wrap)
        {
            format.ApplyAlignment = true;
            var alignment = new Alignment();
            if (style.Left)
            {
                alignment.Horizontal = HorizontalAlignmentValues.Left;
            }

            if (style.Top)
            {
                alignment.Vertical = VerticalAlignmentValues.Top;
            }

            if (style.Wrap)
            {
                alignment.WrapText = true;
            }

            format.Append(alignment);
        }

        return format;
    }
}
