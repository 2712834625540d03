-- The 13 life domains of the Self-Sufficiency Matrix (ZRM 2017). National reference data,
-- the same for every municipality, so no municipality column. Codes are stable: other
-- tables and API clients refer to them.
create table life_domain (
    code     text primary key,
    position int  not null unique,
    name_nl  text not null,
    name_en  text not null
);

insert into life_domain (code, position, name_nl, name_en) values
    ('FINANCES', 1, 'Financiën', 'Finances'),
    ('WORK_EDUCATION', 2, 'Werk & opleiding', 'Work & education'),
    ('TIME_USE', 3, 'Tijdsbesteding', 'Time use'),
    ('HOUSING', 4, 'Huisvesting', 'Housing'),
    ('DOMESTIC_RELATIONS', 5, 'Huiselijke relaties', 'Domestic relations'),
    ('MENTAL_HEALTH', 6, 'Geestelijke gezondheid', 'Mental health'),
    ('PHYSICAL_HEALTH', 7, 'Lichamelijke gezondheid', 'Physical health'),
    ('SUBSTANCE_USE', 8, 'Middelengebruik', 'Substance use'),
    ('BASIC_ADL', 9, 'Basale ADL', 'Basic ADL'),
    ('INSTRUMENTAL_ADL', 10, 'Instrumentele ADL', 'Instrumental ADL'),
    ('SOCIAL_NETWORK', 11, 'Sociaal netwerk', 'Social network'),
    ('SOCIAL_PARTICIPATION', 12, 'Maatschappelijke participatie', 'Social participation'),
    ('JUSTICE', 13, 'Justitie', 'Justice');
