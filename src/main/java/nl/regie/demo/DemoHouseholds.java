package nl.regie.demo;

import java.util.List;

import static nl.regie.casefile.CaseStage.ACTIVE;
import static nl.regie.casefile.CaseStage.AWAITING_ASSIGNMENT;
import static nl.regie.casefile.CaseStage.CLOSED_WITHOUT_CONTACT;
import static nl.regie.casefile.CaseStage.CLOSING;
import static nl.regie.casefile.CaseStage.ENDED;
import static nl.regie.casefile.CaseStage.FOLLOW_UP;
import static nl.regie.casefile.CaseStage.OUTREACH;
import static nl.regie.referral.ReferralStatus.ACCEPTED;
import static nl.regie.referral.ReferralStatus.DECLINED;
import static nl.regie.referral.ReferralStatus.HANDED_OVER;
import static nl.regie.referral.ReferralStatus.RECEIVED;
import static nl.regie.referral.ReferralStatus.WAITLISTED;
import static nl.regie.referral.ReferrerType.ACTIVATION_TEAM;
import static nl.regie.referral.ReferrerType.CARE_AND_NUISANCE_HOTLINE;
import static nl.regie.referral.ReferrerType.HOME_ORGANISATION;
import static nl.regie.referral.ReferrerType.HOSPITAL;
import static nl.regie.referral.ReferrerType.NEIGHBOUR;
import static nl.regie.referral.ReferrerType.NEIGHBOURHOOD_CARE_NETWORK;
import static nl.regie.referral.ReferrerType.PARENT_CHILD_TEAM;
import static nl.regie.referral.ReferrerType.SELF_REFERRAL;
import static nl.regie.referral.ReferrerType.SOCIAL_DESK;
import static nl.regie.referral.ReferrerType.WORK_AND_INCOME;

/**
 * Twenty-one invented households of Geuzenveld-Slotermeer, one or more in every stage of
 * the method. Names, dates and addresses are made up.
 */
final class DemoHouseholds {

	private DemoHouseholds() {
	}

	static final List<DemoHousehold> ALL = List.of(
			new DemoHousehold(List.of("Samira El Idrissi 1989-04-12", "Yassin El Idrissi 2012-09-30"), "1067AB", "12",
					WORK_AND_INCOME, "DWI", "M. de Boer (klantmanager)",
					"Alleenstaande moeder met schulden, zoon loopt vast op school.",
					List.of("FINANCES", "WORK_EDUCATION", "DOMESTIC_RELATIONS"), "NORMAL", RECEIVED, null, 2),
			new DemoHousehold(List.of("Henk Visser 1958-01-20"), "1067CD", "3-II", CARE_AND_NUISANCE_HOTLINE,
					"Meldpunt Zorg en Overlast", "J. Kok", "Vervuilde woning, buren klagen, geen contact met familie.",
					List.of("HOUSING", "MENTAL_HEALTH", "SOCIAL_NETWORK"), "URGENT", RECEIVED, null, 1),
			new DemoHousehold(List.of("Priya Ramdin 1994-07-02", "Dev Ramdin 2019-03-14", "Asha Ramdin 2021-11-01"),
					"1067EF", "88", PARENT_CHILD_TEAM, "Ouder- en Kindteam Geuzenveld", "L. Smit",
					"Moeder overbelast, huurachterstand, oudste kind veel ziek.",
					List.of("FINANCES", "HOUSING", "PHYSICAL_HEALTH"), "NORMAL", RECEIVED, null, 4),
			new DemoHousehold(List.of("Kees Jansen 1971-05-09"), "1068AA", "140", SELF_REFERRAL, null,
					"Kees Jansen (zelf)", "Baan kwijt, schulden lopen op, slaapt slecht.",
					List.of("FINANCES", "WORK_EDUCATION", "MENTAL_HEALTH"), "NORMAL", RECEIVED, null, 0),
			new DemoHousehold(List.of("Fatma Yilmaz 1980-02-17"), "1068BB", "21", NEIGHBOUR, null,
					"Buurvrouw (anoniem)", "Zorgen om buurvrouw, mogelijk één probleem (eenzaamheid).",
					List.of("SOCIAL_NETWORK"), "NORMAL", DECLINED, null, 30),
			new DemoHousehold(
					List.of("Ricardo Martis 1990-08-08", "Shanice Martis 1992-10-10", "Jaylen Martis 2016-06-06"),
					"1068CC", "5", HOSPITAL, "OLVG West", "Dr. A. Bakker",
					"Zorgen om veiligheid van het kind na huiselijk geweld.",
					List.of("DOMESTIC_RELATIONS", "MENTAL_HEALTH"), "URGENT", HANDED_OVER, null, 21),
			new DemoHousehold(List.of("Anouk de Vries 1985-12-24", "Lotte de Vries 2010-01-05"), "1067GH", "77",
					SOCIAL_DESK, "Sociaal loket Nieuw-West", "P. Willems",
					"Dreigende huisuitzetting, dochter spijbelt.", List.of("FINANCES", "HOUSING", "WORK_EDUCATION"),
					"NORMAL", WAITLISTED, null, 18),
			new DemoHousehold(List.of("Mohamed Bouzid 1966-03-03", "Naima Bouzid 1968-04-04"), "1067JK", "9",
					ACTIVATION_TEAM, "Activeringsteam", "R. Hendriks",
					"Beide partners zonder werk, schulden, isolement.",
					List.of("FINANCES", "WORK_EDUCATION", "SOCIAL_PARTICIPATION"), "NORMAL", WAITLISTED, null, 25),
			new DemoHousehold(List.of("Sanne Bakker 1998-09-09", "Milan Bakker 2022-02-02"), "1068DD", "44",
					WORK_AND_INCOME, "DWI", "M. de Boer (klantmanager)", "Jonge moeder, schulden, geen netwerk.",
					List.of("FINANCES", "SOCIAL_NETWORK", "DOMESTIC_RELATIONS"), "NORMAL", ACCEPTED,
					AWAITING_ASSIGNMENT, 6),
			new DemoHousehold(List.of("Gerrit Mulder 1949-07-07"), "1068EE", "2", HOME_ORGANISATION, "Cordaan",
					"T. Peters (wijkverpleging)", "Oudere man vereenzaamt, post blijft liggen, schulden.",
					List.of("FINANCES", "INSTRUMENTAL_ADL", "SOCIAL_NETWORK"), "NORMAL", ACCEPTED, AWAITING_ASSIGNMENT,
					8),
			new DemoHousehold(List.of("Dennis Kramer 1983-11-11"), "1067LM", "61", CARE_AND_NUISANCE_HOTLINE,
					"Meldpunt Zorg en Overlast", "J. Kok", "Overlast, vermoedelijk middelengebruik, mijdt hulp.",
					List.of("SUBSTANCE_USE", "HOUSING", "MENTAL_HEALTH"), "NORMAL", ACCEPTED, OUTREACH, 35),
			new DemoHousehold(List.of("Ilse Koster 1976-06-16", "Bram Koster 2008-08-18"), "1067NP", "15",
					NEIGHBOURHOOD_CARE_NETWORK, "Buurtnetwerk Slotermeer", "W. Dekker",
					"Moeder reageert niet op brieven, zoon niet op school gezien.",
					List.of("WORK_EDUCATION", "DOMESTIC_RELATIONS", "MENTAL_HEALTH"), "NORMAL", ACCEPTED, OUTREACH, 50),
			new DemoHousehold(List.of("Peter Smits 1961-01-01"), "1068FF", "101", HOSPITAL, "OLVG West",
					"Dr. A. Bakker", "Herhaalde opnames, geen vaste woonplek.",
					List.of("HOUSING", "PHYSICAL_HEALTH", "SUBSTANCE_USE"), "NORMAL", ACCEPTED, CLOSED_WITHOUT_CONTACT,
					120),
			new DemoHousehold(
					List.of("Aisha Diallo 1987-05-05", "Moussa Diallo 1985-04-04", "Awa Diallo 2013-03-13",
							"Ibrahim Diallo 2015-05-15"),
					"1067RS", "33", WORK_AND_INCOME, "DWI", "S. Jacobs",
					"Groot gezin, schulden, krappe woning, vader psychisch belast.",
					List.of("FINANCES", "HOUSING", "MENTAL_HEALTH", "DOMESTIC_RELATIONS"), "NORMAL", ACCEPTED, ACTIVE,
					90),
			new DemoHousehold(List.of("Wendy Hoekstra 1979-09-19"), "1067TU", "7", HOME_ORGANISATION,
					"Doras schuldhulpverlening", "E. Vos",
					"Schulden, dreigende afsluiting energie, depressieve klachten.",
					List.of("FINANCES", "MENTAL_HEALTH"), "NORMAL", ACCEPTED, ACTIVE, 75),
			new DemoHousehold(List.of("Tom Brouwer 1993-02-22", "Eva Brouwer 1995-03-23", "Noor Brouwer 2020-04-24"),
					"1068GG", "58", PARENT_CHILD_TEAM, "Ouder- en Kindteam Geuzenveld", "L. Smit",
					"Relatieproblemen, vader werkloos, kind met ontwikkelingsachterstand.",
					List.of("DOMESTIC_RELATIONS", "WORK_EDUCATION", "FINANCES"), "NORMAL", ACCEPTED, ACTIVE, 60),
			new DemoHousehold(List.of("Lucia Santos 1970-10-30"), "1068HH", "12-A", SOCIAL_DESK,
					"Sociaal loket Nieuw-West", "P. Willems", "Zonder inkomen na scheiding, taalbarrière, isolement.",
					List.of("FINANCES", "SOCIAL_NETWORK", "SOCIAL_PARTICIPATION"), "NORMAL", ACCEPTED, ACTIVE, 45),
			new DemoHousehold(List.of("Jan Postma 1955-12-12", "Marja Postma 1957-11-11"), "1067VW", "90",
					NEIGHBOURHOOD_CARE_NETWORK, "Buurtnetwerk Slotermeer", "W. Dekker",
					"Mantelzorg loopt vast, schulden door ziektekosten.",
					List.of("FINANCES", "BASIC_ADL", "PHYSICAL_HEALTH"), "NORMAL", ACCEPTED, CLOSING, 200),
			new DemoHousehold(List.of("Esra Kaya 1991-01-15", "Emir Kaya 2014-07-07"), "1068JJ", "4", WORK_AND_INCOME,
					"DWI", "S. Jacobs", "Schulden en huurachterstand, zoon met gedragsproblemen.",
					List.of("FINANCES", "HOUSING", "DOMESTIC_RELATIONS"), "NORMAL", ACCEPTED, FOLLOW_UP, 400),
			new DemoHousehold(List.of("Rob van Dijk 1968-08-28"), "1068KK", "19", HOME_ORGANISATION, "Arkin",
					"K. Meijer (GGZ)", "Na opname terug naar huis, administratie en dagbesteding regelen.",
					List.of("MENTAL_HEALTH", "TIME_USE", "FINANCES"), "NORMAL", ACCEPTED, ENDED, 900),
			new DemoHousehold(List.of("Yvonne Groen 1982-04-14", "Sem Groen 2011-12-01"), "1067XY", "52", HOSPITAL,
					"OLVG West", "Dr. A. Bakker", "Moeder chronisch ziek, schulden, zoon zorgt veel voor moeder.",
					List.of("PHYSICAL_HEALTH", "FINANCES", "DOMESTIC_RELATIONS"), "NORMAL", ACCEPTED, ACTIVE, 30));

}
