namespace Reintegra.JobMatching;

/// <summary>
/// Open vacancies packed into flat arrays for ranking the vacancies that suit one returnee. Same scoring as
/// <see cref="CandidateIndex"/>, seen from the other side.
/// </summary>
public sealed class VacancyIndex
{
    private readonly Vocabulary _skills = new();
    private readonly Vocabulary _languages = new();
    private readonly Vocabulary _places = new();
    private readonly Guid[] _ids;
    private readonly int[] _isco;
    private readonly int[] _minYears;
    private readonly int[] _skillOffset;
    private readonly int[] _skillIds;
    private readonly int[] _language;
    private readonly int[] _level;
    private readonly bool[] _certification;
    private readonly int[] _adm2;
    private readonly int[] _adm1;
    private readonly int[] _country;
    private readonly int[] _start;
    private readonly Postings _postings;

    public VacancyIndex(IReadOnlyCollection<VacancyProfile> vacancies)
    {
        var n = vacancies.Count;
        _ids = new Guid[n];
        _isco = new int[n];
        _minYears = new int[n];
        _skillOffset = new int[n + 1];
        _language = new int[n];
        _level = new int[n];
        _certification = new bool[n];
        _adm2 = new int[n];
        _adm1 = new int[n];
        _country = new int[n];
        _start = new int[n];
        var skills = new List<int>(n * 3);
        var i = 0;
        foreach (var v in vacancies)
        {
            _ids[i] = v.Id;
            _isco[i] = Vocabulary.Isco(v.IscoCode);
            _minYears[i] = Math.Max(v.MinYears, 0);
            skills.AddRange(v.Skills.Select(_skills.Add).Where(s => s >= 0).Distinct());
            _language[i] = v.Language is { } l ? _languages.Add(l.Code) : -1;
            _level[i] = v.Language is { } l2 ? (int)l2.Level : 0;
            _certification[i] = v.CertificationRequired;
            _adm2[i] = _places.Add(v.Place.Adm2);
            _adm1[i] = _places.Add(v.Place.Adm1);
            _country[i] = _places.Add(v.Place.Country);
            _start[i] = v.StartBy.DayNumber;
            i++;
            _skillOffset[i] = skills.Count;
        }
        _skillIds = [.. skills];
        _postings = new Postings(_isco.Select(code => new[] { code }));
    }

    public int Count => _ids.Length;

    /// <summary>The best <paramref name="top"/> vacancies for a returnee, best first, each with the reasons for its score.</summary>
    public IReadOnlyList<Match> Rank(CandidateProfile person, int top = 20)
    {
        var occ = person.Occupations.Select(o => Vocabulary.Isco(o.IscoCode)).ToArray();
        var years = person.Occupations.Select(o => o.Wanted ? -1 : Math.Max(o.Years, 0)).ToArray();
        // Skills the vacancies never ask for cannot match: -1 is dropped, the rest sorted for the binary search.
        var skills = person.Skills.Select(_skills.Find).Where(s => s >= 0).Distinct().Order().ToArray();
        var langs = person.Languages.Select(l => _languages.Find(l.Code) is var id and >= 0 ? (id << 3) | (int)l.Level : -1).Where(x => x >= 0).ToArray();
        var certs = person.CertifiedIscoCodes.Select(c => Vocabulary.Isco(c) / 10).Where(c => c >= 0).ToArray();
        var c = new CandidateView
        {
            Occupations = occ,
            Years = years,
            Skills = skills,
            Languages = langs,
            Certificates = certs,
            Adm2 = _places.Find(person.Place.Adm2),
            Adm1 = _places.Find(person.Place.Adm1),
            Country = _places.Find(person.Place.Country),
            Mobility = person.Mobility,
            AvailableDay = person.AvailableFrom.DayNumber,
        };
        var best = new TopK(top);
        for (var digits = 4; digits >= 1; digits--)
        {
            if (best.Threshold > Postings.MaxScore(digits))
            {
                break;
            }
            // Each vacancy has one code, so it is in one list per level: distinct keys visit it at most once per level.
            foreach (var key in occ.Where(o => o >= 0).Select(o => Postings.Key(o, digits)).Distinct())
            {
                foreach (var i in _postings.At(digits, key))
                {
                    var best1 = 0;
                    foreach (var o in occ)
                    {
                        best1 = Math.Max(best1, Scorer.SharedDigits(o, _isco[i]));
                    }
                    if (best1 != digits)
                    {
                        continue;
                    }
                    var score = Scorer.Score(c, View(i), []);
                    if (score >= best.Threshold)
                    {
                        best.Offer(score, i);
                    }
                }
            }
        }
        var result = new List<Match>(best.Count);
        foreach (var (_, i) in best.Sorted())
        {
            var why = new Explanation[Scorer.Factors];
            result.Add(new Match(_ids[i], Scorer.Score(c, View(i), why), why));
        }
        return result;
    }

    private VacancyView View(int i) => new()
    {
        Isco = _isco[i],
        MinYears = _minYears[i],
        Skills = _skillIds.AsSpan(_skillOffset[i], _skillOffset[i + 1] - _skillOffset[i]),
        Language = _language[i],
        LanguageLevel = _level[i],
        CertificationRequired = _certification[i],
        Adm2 = _adm2[i],
        Adm1 = _adm1[i],
        Country = _country[i],
        StartDay = _start[i],
    };
}
