using System.Diagnostics;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Tells a broken DOCX or XLSX from a bug of ours. The Open XML SDK and System.IO.Packaging report
/// a package whose content types, relationships, parts or attribute values are wrong not only
/// with their own exception types but also with InvalidOperationException (a part named in a
/// relationship that is not there), FormatException (an attribute value read lazily: t="abc",
/// r="n"), ArgumentException and the like. Those count as a broken file only when the library
/// threw them: the nearest frame of the throw that is either the library's or ours decides, so
/// the same exception types thrown by the importer's own code stay bugs and are not hidden.
/// </summary>
internal static class BrokenPackage
{
    private static readonly string[] LibraryNamespaces = ["DocumentFormat.OpenXml", "System.IO.Packaging", "System.IO.Compression", "System.Xml"];

    public static bool Is(Exception e) => e switch
    {
        ImportException or OutOfMemoryException or InsufficientExecutionStackException => false,
        DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException => true,
        _ => ThrownByLibrary(e),
    };

    private static bool ThrownByLibrary(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
        {
            var owner = frame.GetMethod()?.DeclaringType?.Namespace ?? "";
            if (owner.StartsWith("AntiCor", StringComparison.Ordinal))
            {
                return false;
            }

            if (LibraryNamespaces.Any(n => owner.StartsWith(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
