namespace Reintegra.Matching.Normalization;

/// <summary>
/// A phonetic key for Latin-American Spanish names: letters that sound alike get one symbol.
/// Double Metaphone is English-centric (Vásquez FSKS vs Bázquez PSKS, Jiménez JMNS vs Ximénez SMNS),
/// so we encode the equivalences of the region instead: b/v/w, s/z/c(e,i) (seseo), ll/y (yeísmo),
/// silent h, g(e,i)/j, initial x as j (Xavier, Ximena), qu/k/c(a,o,u), gu(e,i)/g, n before b/v as m.
/// Vowels are kept because Spanish spelling of vowels is stable, and without them Lara, Lira and Lora
/// would collide. Repeated symbols collapse (Carrillo/Carillo). Letters of other scripts pass unchanged.
/// </summary>
internal static class SpanishPhonetic
{
    public static string Encode(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return "";
        }

        Span<char> output = stackalloc char[token.Length * 2];
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u':
                    Emit(output, ref n, char.ToUpperInvariant(c));
                    break;
                case 'y':
                    Emit(output, ref n, IsVowel(next) ? 'Y' : 'I');
                    break;
                case 'b' or 'v' or 'w':
                    Emit(output, ref n, 'B');
                    break;
                case 'c' when next == 'h':
                    Emit(output, ref n, 'C');
                    i++;
                    break;
                case 'c':
                    Emit(output, ref n, next is 'e' or 'i' ? 'S' : 'K');
                    break;
                case 'k':
                    Emit(output, ref n, 'K');
                    break;
                case 'q':
                    Emit(output, ref n, 'K');
                    if (next == 'u')
                    {
                        i++;
                    }

                    break;
                case 'g' when next is 'e' or 'i':
                    Emit(output, ref n, 'J');
                    break;
                case 'g' when next == 'u' && i + 2 < token.Length && token[i + 2] is 'e' or 'i':
                    Emit(output, ref n, 'G');
                    i++;
                    break;
                case 'g':
                    Emit(output, ref n, 'G');
                    break;
                case 'j':
                    Emit(output, ref n, 'J');
                    break;
                case 'h':
                    break;
                case 'l' when next == 'l':
                    Emit(output, ref n, 'Y');
                    i++;
                    break;
                case 's' or 'z':
                    Emit(output, ref n, 'S');
                    break;
                case 'x' when i == 0:
                    Emit(output, ref n, 'J');
                    break;
                case 'x':
                    Emit(output, ref n, 'K');
                    Emit(output, ref n, 'S');
                    break;
                case 'n' when next is 'b' or 'v':
                    Emit(output, ref n, 'M');
                    break;
                case 'p' when next == 'h':
                    Emit(output, ref n, 'F');
                    i++;
                    break;
                case >= 'a' and <= 'z':
                    Emit(output, ref n, char.ToUpperInvariant(c));
                    break;
                default:
                    Emit(output, ref n, c);
                    break;
            }
        }

        return new string(output[..n]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Emit(Span<char> output, ref int n, char symbol)
    {
        if (n > 0 && output[n - 1] == symbol)
        {
            return;
        }

        output[n++] = symbol;
    }
}
