using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MigrationStats.Workbook;

/// <summary>
/// Corrections to what ClosedXML 0.95.4 saves, made on the package with the Open XML SDK.
/// </summary>
internal static class PackageFixups
{
    /// <summary>
    /// ClosedXML writes frozen panes as <c>state="frozenSplit"</c>, which Excel shows as a split
    /// window with a draggable bar; a frozen header is <c>state="frozen"</c>. It also writes an
    /// empty custom number format with the built-in id 0, which is not valid.
    /// </summary>
    public static void Apply(Stream package)
    {
        using var document = SpreadsheetDocument.Open(package, isEditable: true);
        foreach (var sheet in document.WorkbookPart!.WorksheetParts)
        {
            var panes = sheet.Worksheet.Descendants<Pane>().Where(p => p.State?.Value == PaneStateValues.FrozenSplit).ToList();
            foreach (var pane in panes)
            {
                pane.State = PaneStateValues.Frozen;
                if (pane.HorizontalSplit?.Value == 0)
                {
                    pane.HorizontalSplit = null;
                }
            }

            if (panes.Count > 0)
            {
                sheet.Worksheet.Save();
            }
        }

        if (document.WorkbookPart.WorkbookStylesPart?.Stylesheet is { NumberingFormats: { } formats } styles)
        {
            foreach (var empty in formats.Elements<NumberingFormat>().Where(f => string.IsNullOrEmpty(f.FormatCode?.Value)).ToList())
            {
                empty.Remove();
            }

            formats.Count = (uint)formats.Elements<NumberingFormat>().Count();
            if (formats.Count == 0)
            {
                formats.Remove();
            }

            styles.Save();
        }
    }

    /// <summary>
    /// Removes drawings (pictures, charts, shapes) from a copy of a workbook before ClosedXML
    /// opens it: loading a picture needs libgdiplus, and verification reads only cell values.
    /// </summary>
    public static void RemoveDrawings(Stream package)
    {
        using var document = SpreadsheetDocument.Open(package, isEditable: true);
        foreach (var sheet in document.WorkbookPart!.WorksheetParts)
        {
            if (sheet.DrawingsPart is { } drawings)
            {
                foreach (var reference in sheet.Worksheet.Elements<Drawing>().ToList())
                {
                    reference.Remove();
                }

                sheet.DeletePart(drawings);
                sheet.Worksheet.Save();
            }
        }
    }
}
