// The quantity grammar, construction by construction, in both languages,
// with the near misses that must not be read as counts.
#include <catch2/catch.hpp>

#include "quantity_test_util.h"

using figcheck::testing::L;
using figcheck::testing::Q;

TEST_CASE("Digits: scripts, grouping, decimals, signs", "[quantity][digits]") {
  CHECK(Q("بلغ العدد 1,234,567 شخصا", "ar") == L{"number exact 1234567 «1,234,567»"});
  CHECK(Q("بلغ العدد ١٬٢٣٤٬٥٦٧ شخصا", "ar") == L{"number exact 1234567 «١٬٢٣٤٬٥٦٧»"});
  CHECK(Q("بلغ العدد ۱۲۳ شخصا", "ar") == L{"number exact 123 «۱۲۳»"});
  CHECK(Q("سجلت 26،013 حالة", "ar") == L{"number exact 26013 «26،013»"});
  CHECK(Q("نما الاقتصاد ٣٫٥ في المئة", "ar") == L{"percent exact 3.5 percent «٣٫٥ في المئة»"});
  // Arabic allows the decimal comma when no group of three follows.
  CHECK(Q("بلغ 3,5 مليون", "ar") == L{"number exact 3500000 «3,5 مليون»"});
  CHECK(Q("Population 1 234 567 and 1,234.5 tonnes.", "en") ==
        L{"number exact 1234567 «1 234 567»", "number exact 1234.5 «1,234.5»"});
  // English has no decimal comma: "3,5" is two numbers.
  CHECK(Q("Values of 3,5 were read.", "en") == L{"number exact 3 «3»", "number exact 5 «5»"});
  CHECK(Q("أكثر من 40 ألفاً و-3%", "ar") ==
        L{"number more_than 40000 (40000, 80000] «أكثر من 40 ألفاً»",
          "percent exact -3 percent «-3%»"});
  CHECK(Q("Growth was -0.5% and +2%.", "en") ==
        L{"percent exact -0.5 percent «-0.5%»", "percent exact 2 percent «+2%»"});
}

TEST_CASE("Digits glued to letters and Arabic clitics", "[quantity][digits]") {
  CHECK(Q("وصل و3 أشخاص ب15 سيارة ولـ40 مدرسة", "ar") ==
        L{"number exact 3 «3»", "number exact 15 «15»", "number exact 40 «40»"});
  CHECK(Q("The fund raised $3bn and 2bn euros.", "en") ==
        L{"money exact 3000000000 USD «$3bn»", "money exact 2000000000 EUR «2bn euros»"});
  CHECK(Q("It weighs 3m tonnes but cost £3m.", "en") ==
        L{"number exact 3 «3»", "money exact 3000000 GBP «£3m»"});
  CHECK(Q("Names: G20, COVID-19, MH17 and F-16.", "en").empty());
  CHECK(Q("صدر القرار رقم 2254 وقمة مجموعة G20", "ar").empty());
}

TEST_CASE("Magnitudes with digits and with words", "[quantity][magnitude]") {
  CHECK(Q("استشهد 40 ألف فلسطيني و10 آلاف مفقود", "ar") ==
        L{"number exact 40000 «40 ألف»", "number exact 10000 «10 آلاف»"});
  CHECK(Q("أكثر من 136 ألف قتيل وجريح", "ar") ==
        L{"number more_than 136000 (136000, 272000] «أكثر من 136 ألف»"});
  CHECK(Q("بلغت 2.5 مليون ثم مليار و500 مليون", "ar") ==
        L{"number exact 2500000 «2.5 مليون»", "number exact 1500000000 «مليار و500 مليون»"});
  CHECK(Q("جاء ثلاثة آلاف ثم ألفين ثم مليونين", "ar") == L{"number exact 3000 «ثلاثة آلاف»",
                                                           "number exact 2000 «ألفين»",
                                                           "number exact 2000000 «مليونين»"});
  CHECK(Q("بين 40 ألف و50 ألف", "ar") == L{"range range - [40000, 50000] «بين 40 ألف و50 ألف»"});
  CHECK(Q("Some 1.2 million, forty thousand and 40k people.", "en") ==
        L{"number approx 1200000 [1080000, 1320000] «Some 1.2 million»",
          "number exact 40000 «forty thousand»", "number exact 40000 «40k»"});
  CHECK(Q("A million people and a thousand cars.", "en") ==
        L{"number exact 1000000 «A million»", "number exact 1000 «a thousand»"});
}

TEST_CASE("Arabic number words: gender, case, duals, compounds, spellings", "[quantity][words]") {
  CHECK(Q("خمسمائة وخمسة وعشرون", "ar") == L{"number exact 525 «خمسمائة وخمسة وعشرون»"});
  CHECK(Q("خمسمئة و خمسة و عشرين", "ar") == L{"number exact 525 «خمسمئة و خمسة و عشرين»"});
  CHECK(Q("مائة وستة وثلاثون ألف", "ar") == L{"number exact 136000 «مائة وستة وثلاثون ألف»"});
  CHECK(Q("ثلاث نساء وثلاثة رجال", "ar") == L{"number exact 3 «ثلاث»", "number exact 3 «ثلاثة»"});
  CHECK(Q("عشرون جنديا وعشرين مدنيا", "ar") ==
        L{"number exact 20 «عشرون»", "number exact 20 «عشرين»"});
  CHECK(Q("مئتين ومائتان", "ar") == L{"number exact 200 «مئتين»", "number exact 200 «مائتان»"});
  CHECK(Q("اثنا عشر وإثني عشر واثنتا عشرة وإحدى عشرة", "ar") ==
        L{"number exact 12 «اثنا عشر»", "number exact 12 «إثني عشر»",
          "number exact 12 «اثنتا عشرة»", "number exact 11 «إحدى عشرة»"});
  CHECK(Q("ثلاثة عشر ألفا، أحد عشر مليونا", "ar") ==
        L{"number exact 13000 «ثلاثة عشر ألفا»", "number exact 11000000 «أحد عشر مليونا»"});
  // Clitics stay outside the mention; "ولل" (and to the) is no joiner.
  CHECK(Q("بثلاثة آلاف وللعشرين", "ar") ==
        L{"number exact 3000 «ثلاثة آلاف»", "number exact 20 «عشرين»"});
  // Two numbers side by side are not one compound.
  CHECK(Q("بين خمسة وعشرة", "ar") == L{"range range - [5, 10] «بين خمسة وعشرة»"});
  CHECK(Q("بين خمسة وعشرين", "ar") == L{"range range - [5, 20] «بين خمسة وعشرين»"});
  // "أحد" and "إحدى" alone are "one of", never a count.
  CHECK(Q("أحد الجنود وإحدى النساء", "ar").empty());
  CHECK(Q("في واحد من الأيام", "ar").empty());
}

TEST_CASE("English number words", "[quantity][words]") {
  CHECK(Q("twenty-one, one hundred and five, a hundred, a dozen, two dozen", "en") ==
        L{"number exact 21 «twenty-one»", "number exact 105 «one hundred and five»",
          "number exact 100 «a hundred»", "number exact 12 «a dozen»",
          "number exact 24 «two dozen»"});
  CHECK(Q("Nineteen hundred men and two thousand five hundred women.", "en") ==
        L{"number exact 1900 «Nineteen hundred»", "number exact 2500 «two thousand five hundred»"});
  CHECK(Q("Two and a half million people.", "en") ==
        L{"number exact 2500000 «Two and a half million»"});
  CHECK(Q("One of them said no one came.", "en").empty());
  CHECK(Q("between five and ten", "en") == L{"range range - [5, 10] «between five and ten»"});
  // After a comma, only a part with its own hundreds or magnitude goes on.
  CHECK(Q("one million, two hundred thousand; two thousand, three hundred", "en") ==
        L{"number exact 1200000 «one million, two hundred thousand»",
          "number exact 2300 «two thousand, three hundred»"});
  CHECK(Q("forty thousand, twenty and a half", "en") ==
        L{"number exact 40000 «forty thousand»", "number exact 20.5 «twenty and a half»"});
  CHECK(Q("forty thousand, twenty-one and six", "en") ==
        L{"number exact 40000 «forty thousand»", "number exact 21 «twenty-one»",
          "number exact 6 «six»"});
}

TEST_CASE("Vague quantities as intervals", "[quantity][vague]") {
  CHECK(Q("قتل عشرات وجرح مئات ونزح آلاف", "ar") == L{"number vague - [30, 99] «عشرات»",
                                                      "number vague - [300, 999] «مئات»",
                                                      "number vague - [3000, 9999] «آلاف»"});
  CHECK(Q("عشرات الآلاف ومئات الملايين وبضعة آلاف", "ar") ==
        L{"number vague - [30000, 99000] «عشرات الآلاف»",
          "number vague - [300000000, 999000000] «مئات الملايين»",
          "number vague - [3000, 9000] «بضعة آلاف»"});
  CHECK(Q("Dozens of people, hundreds of homes, thousands of acres.", "en") ==
        L{"number vague - [24, 99] «Dozens»", "number vague - [200, 999] «hundreds»",
          "number vague - [2000, 9999] «thousands»"});
  CHECK(Q("tens of thousands, several hundred and a few", "en") ==
        L{"number vague - [20000, 99000] «tens of thousands»",
          "number vague - [300, 900] «several hundred»", "number vague - [2, 5] «a few»"});
}

TEST_CASE("Hedges and bounds", "[quantity][hedge]") {
  CHECK(Q("نحو 50 وحوالي 50 وقرابة 50 وزهاء 50 وما يقارب 50", "ar") ==
        L{"number approx 50 [45, 55] «نحو 50»", "number approx 50 [45, 55] «حوالي 50»",
          "number approx 50 [45, 55] «قرابة 50»", "number approx 50 [45, 55] «زهاء 50»",
          "number approx 50 [45, 55] «ما يقارب 50»"});
  CHECK(Q("50 تقريبا", "ar") == L{"number approx 50 [45, 55] «50 تقريبا»"});
  CHECK(Q("أكثر من 10 وما يزيد عن 10 وما يربو على 10 وأزيد من 10", "ar") ==
        L{"number more_than 10 (10, 20] «أكثر من 10»",
          "number more_than 10 (10, 20] «ما يزيد عن 10»",
          "number more_than 10 (10, 20] «ما يربو على 10»",
          "number more_than 10 (10, 20] «أزيد من 10»"});
  CHECK(Q("أقل من 10 وما دون 10", "ar") ==
        L{"number less_than 10 [0, 10) «أقل من 10»", "number less_than 10 [0, 10) «ما دون 10»"});
  CHECK(Q("ما يقرب من 200", "ar") == L{"number approx 200 [180, 200) «ما يقرب من 200»"});
  CHECK(Q("about 50, around 50, approximately 50, roughly 50, an estimated 50", "en") ==
        L{"number approx 50 [45, 55] «about 50»", "number approx 50 [45, 55] «around 50»",
          "number approx 50 [45, 55] «approximately 50»", "number approx 50 [45, 55] «roughly 50»",
          "number approx 50 [45, 55] «an estimated 50»"});
  CHECK(Q("more than 50, over 50, at least 50, upwards of 50", "en") ==
        L{"number more_than 50 (50, 100] «more than 50»", "number more_than 50 (50, 100] «over 50»",
          "number at_least 50 [50, 100] «at least 50»",
          "number more_than 50 (50, 100] «upwards of 50»"});
  CHECK(Q("less than 50, under 50, up to 50, at most 50, nearly 50, almost 50", "en") ==
        L{"number less_than 50 [0, 50) «less than 50»", "number less_than 50 [0, 50) «under 50»",
          "number at_most 50 [0, 50] «up to 50»", "number at_most 50 [0, 50] «at most 50»",
          "number approx 50 [45, 50) «nearly 50»", "number approx 50 [45, 50) «almost 50»"});
  CHECK(Q("50 people or more", "en") == L{"number at_least 50 [50, 100] «50 people or more»"});
}

TEST_CASE("Ranges", "[quantity][range]") {
  CHECK(Q("بين 40 و50 ومن 40 إلى 50 و40-50 و40–50", "ar") ==
        L{"range range - [40, 50] «بين 40 و50»", "range range - [40, 50] «من 40 إلى 50»",
          "range range - [40, 50] «40-50»", "range range - [40, 50] «40–50»"});
  CHECK(Q("ما بين 10 إلى 15 وأكثر من مليون", "ar") ==
        L{"range range - [10, 15] «ما بين 10 إلى 15»",
          "number more_than 1000000 (1000000, 2000000] «أكثر من مليون»"});
  CHECK(Q("between 40 and 50, 40 to 50, from 2 to 3 million", "en") ==
        L{"range range - [40, 50] «between 40 and 50»", "range range - [40, 50] «40 to 50»",
          "range range - [2000000, 3000000] «from 2 to 3 million»"});
  CHECK(Q("$3-5bn and 40-50%", "en") == L{"range range - [3000000000, 5000000000] USD «$3-5bn»",
                                          "range range - [40, 50] percent «40-50%»"});
  CHECK(Q("about 40-50 people", "en") == L{"range approx - [36, 55] «about 40-50»"});
  // Not ranges: a falling pair, and "from" that opens nothing.
  CHECK(Q("The vote was 12 to 3.", "en") == L{"number exact 12 «12»", "number exact 3 «3»"});
  CHECK(Q("جاء من 50 دولة", "ar") == L{"number exact 50 «50»"});
}

TEST_CASE("Percentages, points and fractions", "[quantity][percent]") {
  CHECK(Q("12% و12٪ و12 في المئة و12 بالمائة و12 بالمئة و12 في المائة", "ar") ==
        L{"percent exact 12 percent «12%»", "percent exact 12 percent «12٪»",
          "percent exact 12 percent «12 في المئة»", "percent exact 12 percent «12 بالمائة»",
          "percent exact 12 percent «12 بالمئة»", "percent exact 12 percent «12 في المائة»"});
  CHECK(Q("12 percent, 12 per cent, 2 percentage points", "en") ==
        L{"percent exact 12 percent «12 percent»", "percent exact 12 percent «12 per cent»",
          "percent exact 2 pp «2 percentage points»"});
  CHECK(Q("عشرين في المئة", "ar") == L{"percent exact 20 percent «عشرين في المئة»"});
  CHECK(Q("ثلث السكان وربع الميزانية ونصف الأعضاء وثلاثة أرباع الأصوات", "ar") ==
        L{"fraction exact 0.333333333333 «ثلث»", "fraction exact 0.25 «ربع»",
          "fraction exact 0.5 «نصف»", "fraction exact 0.75 «ثلاثة أرباع»"});
  CHECK(Q("a third of voters, three quarters of firms, two-thirds of seats", "en") ==
        L{"fraction exact 0.333333333333 «a third»", "fraction exact 0.75 «three quarters»",
          "fraction exact 0.666666666666 «two-thirds»"});
  CHECK(Q("نصف مليون وربع مليار", "ar") ==
        L{"number exact 500000 «نصف مليون»", "number exact 250000000 «ربع مليار»"});
  // Periods, not shares.
  CHECK(Q("in the first half and the third quarter", "en") ==
        L{"ordinal exact 1 «first»", "ordinal exact 3 «third»"});
  CHECK(Q("في النصف الأول", "ar") == L{"ordinal exact 1 «الأول»"});
}

TEST_CASE("Money", "[quantity][money]") {
  CHECK(Q("صندوق بقيمة 250 مليون دولار و5 ملايين ريال و3 آلاف يورو", "ar") ==
        L{"money exact 250000000 USD «250 مليون دولار»", "money exact 5000000 SAR «5 ملايين ريال»",
          "money exact 3000 EUR «3 آلاف يورو»"});
  CHECK(Q("تكلفة 10 جنيهات إسترلينية و7 دنانير", "ar") ==
        L{"money exact 10 EGP «10 جنيهات»", "money exact 7 «7 دنانير»"});
  CHECK(Q("It cost $3.5 billion, 20 euros and 50 cents.", "en") ==
        L{"money exact 3500000000 USD «$3.5 billion»", "money exact 20 EUR «20 euros»",
          "money exact 0.5 USD «50 cents»"});
  CHECK(Q("more than $3bn", "en") ==
        L{"money more_than 3000000000 (3000000000, 6000000000] USD «more than $3bn»"});
}

TEST_CASE("Ordinals are ordinals, never counts", "[quantity][ordinal]") {
  CHECK(Q("الخامس عشر والحادي عشر والثانية عشرة", "ar") == L{"ordinal exact 15 «الخامس عشر»",
                                                             "ordinal exact 11 «الحادي عشر»",
                                                             "ordinal exact 12 «الثانية عشرة»"});
  CHECK(Q("القمة الـ15 والدورة الـ 30", "ar") ==
        L{"ordinal exact 15 «الـ15»", "ordinal exact 30 «الـ 30»"});
  CHECK(Q("اليوم الحادي والعشرين والذكرى الخامسة والسبعين", "ar") ==
        L{"ordinal exact 21 «الحادي والعشرين»", "ordinal exact 75 «الخامسة والسبعين»"});
  // A definite count, not an ordinal: a magnitude or a counted noun follows.
  CHECK(Q("الـ40 ألف متظاهر والـ15 دولة", "ar") ==
        L{"number exact 40000 «40 ألف»", "number exact 15 «15»"});
  CHECK(Q("the 15th, 21st and 2nd; the third and the twenty-first", "en") ==
        L{"ordinal exact 15 «15th»", "ordinal exact 21 «21st»", "ordinal exact 2 «2nd»",
          "ordinal exact 3 «third»", "ordinal exact 21 «twenty-first»"});
}

TEST_CASE("Years, times, phones and list markers are what they are", "[quantity][shape]") {
  CHECK(Q("عام 2020 وفي 1999 و2020م و1446هـ", "ar") ==
        L{"year exact 2020 «2020»", "year exact 1999 «1999»", "year exact 2020 «2020م»",
          "year exact 1446 hijri «1446هـ»"});
  CHECK(Q("In 1961, since 1850 and in the 1990s, 1500 men came.", "en") ==
        L{"year exact 1961 «1961»", "year exact 1850 «1850»", "year exact 1990 «1990s»",
          "number exact 1500 «1500»"});
  CHECK(Q("بين عامي 2010 و2015 وفي 2023-2024", "ar") ==
        L{"year exact 2010 «2010»", "year exact 2015 «2015»", "year exact 2023 «2023»",
          "year exact 2024 «2024»"});
  CHECK(Q("أكثر من 2000 شخص", "ar") == L{"number more_than 2000 (2000, 4000] «أكثر من 2000»"});
  CHECK(Q("At 13:22 and 10:30 p.m.", "en") ==
        L{"time exact 802 «13:22»", "time exact 1350 «10:30 p.m.»"});
  // A time run into a date: the time, then nothing for the date's digits
  // (the date grammar reads them).
  CHECK(Q("13:2217/09/2024, الثلاثاء", "ar") == L{"time exact 802 «13:22»"});
  CHECK(Q("في 17/09/2024 و2024-09-17 والنتيجة 3:1", "ar").empty());
  CHECK(Q("Call +966 11 234 5678 or 0501234567 or (202) 555-0143.", "en") ==
        L{"phone exact - «+966 11 234 5678»", "phone exact - «0501234567»",
          "phone exact - «(202) 555-0143»"});
  // Dash-grouped like a numeric date, but with more digits than any date has.
  CHECK(Q("Call 555-123-4567 or 800-555-0199.", "en") ==
        L{"phone exact - «555-123-4567»", "phone exact - «800-555-0199»"});
  // Spaced dashes join dates, not phone groups: two numeric dates.
  CHECK(Q("The meetings ran 1-12-2015 - 5-12-2015 in Riyadh.", "en").empty());
  CHECK(Q("والنقاط: 1- الأولى", "ar") == L{"list_marker exact 1 «1-»", "ordinal exact 1 «الأولى»"});
  CHECK(Q("1. Opening point\n2) Next point\n3- ثالثا", "en") ==
        L{"list_marker exact 1 «1.»", "list_marker exact 2 «2)»", "list_marker exact 3 «3-»"});
}

TEST_CASE("Near misses found in news text", "[quantity][shape]") {
  // Monday is spelled like "the two"; "ثاني أكسيد" is dioxide.
  CHECK(Q("في سوروتش الإثنين الماضي وانبعاث ثاني أكسيد الكربون", "ar").empty());
  // Dates and scores typed with spaces around the slash.
  CHECK(Q("حتى 28 / 8 / 1436 هـ وفاز 4/ 2", "ar").empty());
  // "100م" is a hundred metres, not a year.
  CHECK(Q("شارع عرض 100م", "ar") == L{"number exact 100 «100»"});
  // Amounts set off by quotes or parentheses; a span of years.
  CHECK(Q("«34» مليون وحدة و(13) ألف ريال", "ar") ==
        L{"number exact 34000000 «34» مليون»", "money exact 13000 SAR «13) ألف ريال»"});
  CHECK(Q("the 1961-62 budget", "en") == L{"year exact 1961 «1961»", "year exact 1962 «62»"});
  // Part numbers, catalogue codes and long digit runs are names.
  CHECK(Q("مذكرات فاتن حمامة (1): طفولتي", "ar") == L{"list_marker exact 1 «(1)»"});
  CHECK(Q("Played by the ensemble (BAM LD 035) and ID 3601126933.", "en").empty());
  CHECK(Q("الشركة التي تحمل الرقم \"566\"", "ar").empty());
}
