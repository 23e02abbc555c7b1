namespace FaqBot.Channels.Teams.Package;

/// <summary>The two icons of the Teams app, drawn in code: a 192×192 colour icon (a white speech bubble with a cross
/// on the accent colour) and a 32×32 outline icon (the same bubble as a white outline on transparency, as Teams
/// requires). Edges are anti-aliased by 4×4 supersampling.</summary>
public static class TeamsIcons
{
    /// <summary>Side of the colour icon.</summary>
    public const int ColorSize = 192;

    /// <summary>Side of the outline icon.</summary>
    public const int OutlineSize = 32;

    private const int Samples = 4;

    /// <summary>RGBA pixels of the colour icon on <paramref name="accent"/> (#RRGGBB).</summary>
    public static byte[] Color(string accent)
    {
        var (r, g, b) = ParseColor(accent);
        var pixels = new byte[ColorSize * ColorSize * 4];
        var scale = ColorSize / 192.0;
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var bubble = Coverage(x, y, (px, py) => InBubble(px / scale, py / scale, 0));
                var cross = Coverage(x, y, (px, py) => InCross(px / scale, py / scale, 0));
                // Accent background, white bubble over it, the cross cut back to the accent colour.
                var white = bubble * (1 - cross);
                var i = (y * ColorSize + x) * 4;
                pixels[i] = Mix(r, 255, white);
                pixels[i + 1] = Mix(g, 255, white);
                pixels[i + 2] = Mix(b, 255, white);
                pixels[i + 3] = 255;
            }
        }
        return pixels;
    }

    /// <summary>RGBA pixels of the outline icon: white only, on transparency.</summary>
    public static byte[] Outline()
    {
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        var scale = OutlineSize / 192.0;
        // A 2-pixel stroke at 32 px is 12 units in the 192-unit drawing.
        const double stroke = 12;
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var alpha = Coverage(x, y, (px, py) =>
                {
                    double ux = px / scale, uy = py / scale;
                    var ring = InBubble(ux, uy, 0) && !InBubble(ux, uy, stroke);
                    return ring || InCross(ux, uy, 4);
                });
                var i = (y * OutlineSize + x) * 4;
                pixels[i] = 255;
                pixels[i + 1] = 255;
                pixels[i + 2] = 255;
                pixels[i + 3] = (byte)Math.Round(alpha * 255);
            }
        }
        return pixels;
    }

    /// <summary>Parses #RRGGBB.</summary>
    public static (byte R, byte G, byte B) ParseColor(string hex)
    {
        if (hex is not { Length: 7 } || hex[0] != '#'
            || !int.TryParse(hex.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var value))
        {
            throw new FormatException($"'{hex}' is not an HTML colour #RRGGBB.");
        }
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    private static double Coverage(int x, int y, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                if (inside(x + (sx + 0.5) / Samples, y + (sy + 0.5) / Samples))
                {
                    hits++;
                }
            }
        }
        return hits / (double)(Samples * Samples);
    }

    // The drawing, in a 192-unit square: a rounded speech bubble with a tail at its lower left; inset shrinks it.
    private static bool InBubble(double x, double y, double inset)
    {
        if (InRoundedRect(x, y, 96, 86, 66 - inset, 50 - inset, 26 - inset / 2))
        {
            return true;
        }
        // The tail: a triangle under the bubble's lower left, shrunk by the inset too.
        double ax = 58 + inset, ay = 130 - inset, bx = 92 - inset, by = 130 - inset, cx = 48 + inset, cy = 166 - inset * 1.8;
        return inset < 20 && InTriangle(x, y, ax, ay, bx, by, cx, cy);
    }

    private static bool InCross(double x, double y, double widen)
    {
        const double arm = 30, half = 10;
        return (Math.Abs(x - 96) <= arm + widen && Math.Abs(y - 86) <= half + widen)
            || (Math.Abs(x - 96) <= half + widen && Math.Abs(y - 86) <= arm + widen);
    }

    private static bool InRoundedRect(double x, double y, double cx, double cy, double halfWidth, double halfHeight, double radius)
    {
        var dx = Math.Abs(x - cx) - (halfWidth - radius);
        var dy = Math.Abs(y - cy) - (halfHeight - radius);
        if (dx > radius || dy > radius)
        {
            return false;
        }
        if (dx <= 0 || dy <= 0)
        {
            return true;
        }
        return dx * dx + dy * dy <= radius * radius;
    }

    private static bool InTriangle(double x, double y, double ax, double ay, double bx, double by, double cx, double cy)
    {
        var d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
        var d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
        var d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
        var negative = d1 < 0 || d2 < 0 || d3 < 0;
        var positive = d1 > 0 || d2 > 0 || d3 > 0;
        return !(negative && positive);
    }

    private static byte Mix(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * amount);
}
