namespace Reintegra.JobMatching;

/// <summary>
/// Skills profiles packed into flat arrays for ranking the candidates of a vacancy. Build it once from the profiles that
/// may be proposed (consent checked by the caller) and query it many times; it is immutable and thread-safe to read.
/// </summary>
public sealed class CandidateIndex
{
    private readonly Vocabulary _skills = new();
    private readonly Vocabulary _languages = new();
    private readonly Vocabulary _places = new();
    private readonly Guid[] _ids;
    private readonly int[] _occOffset;
    private readonly int[] _occCode;
    private readonly int[] _occYears;
    private readonly int[] _skillOffset;
    private readonly int[] _skillIds;
    private readonly int[] _langOffset;
    private readonly int[] _langs;
    private readonly int[] _certOffset;
    private readonly int[] _certs;
    private readonly int[] _adm2;
    private readonly int[] _adm1;
    private readonly int[] _country;
    private readonly Mobility[] _mobility;
    private readonly int[] _available;
    private readonly Postings _postings;

    public CandidateIndex(IReadOnlyCollection<CandidateProfile> profiles)
    {
        var n = profiles.Count;
        _ids = new Guid[n];
        _occOffset = new int[n + 1];
        _skillOffset = new int[n + 1];
        _langOffset = new int[n + 1];
        _certOffset = new int[n + 1];
        _adm2 = new int[n];
        _adm1 = new int[n];
        _country = new int[n];
        _mobility = new Mobility[n];
        _available = new int[n];
        var occ = new List<int>(n * 2);
        var years = new List<int>(n * 2);
        var skills = new List<int>(n * 4);
        var langs = new List<int>(n * 2);
        var certs = new List<int>();
        var i = 0;
        foreach (var p in profiles)
        {
            _ids[i] = p.Id;
            foreach (var o in p.Occupations)
            {
                occ.Add(Vocabulary.Isco(o.IscoCode));
                years.Add(o.Wanted ? -1 : Math.Max(o.Years, 0));
            }
            var own = p.Skills.Select(_skills.Add).Where(s => s >= 0).Distinct().Order();
            skills.AddRange(own);
            langs.AddRange(p.Languages.Select(l => (_languages.Add(l.Code) << 3) | (int)l.Level));
            certs.AddRange(p.CertifiedIscoCodes.Select(c => Vocabulary.Isco(c) / 10).Where(c => c >= 0));
            _adm2[i] = _places.Add(p.Place.Adm2);
            _adm1[i] = _places.Add(p.Place.Adm1);
            _country[i] = _places.Add(p.Place.Country);
            _mobility[i] = p.Mobility;
            _available[i] = p.AvailableFrom.DayNumber;
            i++;
            _occOffset[i] = occ.Count;
            _skillOffset[i] = skills.Count;
            _langOffset[i] = langs.Count;
            _certOffset[i] = certs.Count;
        }
        _occCode = [.. occ];
        _occYears = [.. years];
        _skillIds = [.. skills];
        _langs = [.. langs];
        _certs = [.. certs];
        _postings = new Postings(Enumerable.Range(0, n).Select(j => _occCode[_occOffset[j].._occOffset[j + 1]]));
    }

    public int Count => _ids.Length;

    /// <summary>The best <paramref name="top"/> candidates for a vacancy, best first, each with the reasons for its score.</summary>
    public IReadOnlyList<Match> Rank(VacancyProfile vacancy, int top = 20)
    {
        // Distinct by word, not by id: two skills no candidate has are both -1 and must both count as asked for.
        var skills = vacancy.Skills.Select(Vocabulary.Normalize).Where(w => w.Length > 0).Distinct().Select(_skills.Find).ToArray();
        var v = new VacancyView
        {
            Isco = Vocabulary.Isco(vacancy.IscoCode),
            MinYears = Math.Max(vacancy.MinYears, 0),
            Skills = skills,
            Language = vacancy.Language is { } l ? _languages.Find(l.Code) : -1,
            LanguageLevel = vacancy.Language is { } l2 ? (int)l2.Level : 0,
            CertificationRequired = vacancy.CertificationRequired,
            Adm2 = _places.Find(vacancy.Place.Adm2),
            Adm1 = _places.Find(vacancy.Place.Adm1),
            Country = _places.Find(vacancy.Place.Country),
            StartDay = vacancy.StartBy.DayNumber,
        };
        var best = new TopK(top);
        for (var digits = 4; digits >= 1 && v.Isco >= 0; digits--)
        {
            if (best.Threshold > Postings.MaxScore(digits))
            {
                break;
            }
            foreach (var i in _postings.At(digits, Postings.Key(v.Isco, digits)))
            {
                var view = View(i);
                // A record is scored once, at the closest group it shares (it is listed at every level).
                if (BestDigits(view.Occupations, v.Isco) != digits)
                {
                    continue;
                }
                var score = Scorer.Score(view, v, []);
                if (score >= best.Threshold)
                {
                    best.Offer(score, i);
                }
            }
        }
        var result = new List<Match>(best.Count);
        foreach (var (_, i) in best.Sorted())
        {
            var why = new Explanation[Scorer.Factors];
            var score = Scorer.Score(View(i), v, why);
            result.Add(new Match(_ids[i], score, why));
        }
        return result;
    }

    private static int BestDigits(ReadOnlySpan<int> occupations, int isco)
    {
        var best = 0;
        foreach (var o in occupations)
        {
            best = Math.Max(best, Scorer.SharedDigits(o, isco));
        }
        return best;
    }

    private CandidateView View(int i) => new()
    {
        Occupations = _occCode.AsSpan(_occOffset[i], _occOffset[i + 1] - _occOffset[i]),
        Years = _occYears.AsSpan(_occOffset[i], _occOffset[i + 1] - _occOffset[i]),
        Skills = _skillIds.AsSpan(_skillOffset[i], _skillOffset[i + 1] - _skillOffset[i]),
        Languages = _langs.AsSpan(_langOffset[i], _langOffset[i + 1] - _langOffset[i]),
        Certificates = _certs.AsSpan(_certOffset[i], _certOffset[i + 1] - _certOffset[i]),
        Adm2 = _adm2[i],
        Adm1 = _adm1[i],
        Country = _country[i],
        Mobility = _mobility[i],
        AvailableDay = _available[i],
    };
}
