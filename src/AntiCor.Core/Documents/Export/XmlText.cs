using System.Text;
using System.Xml;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// Text made safe for an XML part: control characters that a damaged source document can carry
/// (and that XML 1.0 forbids) are dropped, so one stray byte cannot make a whole export fail.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i++, 2);
            }
        }

        return clean.ToString();
    }
}
