#!/usr/bin/env python3
"""Build the state tables of the actor knowledge base.

Writes two files from the table below, pycountry (codes) and babel (French
territory names):

* ``src/entente/kb/data/states.json``: language-neutral state records;
* ``src/entente/lang/fr/kb/states.json``: French names, demonyms, combining
  prefixes, metonyms and capital of each state.

The checked-in JSON files are the source of truth; this script documents how
they were made and can regenerate them.  Run from the repository root:

    .venv/bin/python tools/build_kb_states.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import babel
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "entente" / "kb" / "data" / "states.json"
FR = ROOT / "src" / "entente" / "lang" / "fr" / "kb" / "states.json"

# One line per state:
#   CODE | English name | Wikidata | English capital | French capital
#        | demonyms | French names | metonyms | prefixes | status
# demonyms: masculine singular forms separated by ';' (inflected by
#   ``inflect``); a form starting with '=' is taken literally, not inflected.
# French names: extra names, added after babel's name; a leading '!' drops
#   babel's name (when it is not the usual press form).
# status: m (UN member, the default when empty), o (observer), x (other).
TABLE = """
AFG|Afghanistan|Q889|Kabul|Kaboul|afghan|République islamique d'Afghanistan;Emirat islamique d'Afghanistan|Kaboul||
ALB|Albania|Q222|Tirana|Tirana|albanais|République d'Albanie|Tirana|albano|
DZA|Algeria|Q262|Algiers|Alger|algérien|République algérienne démocratique et populaire;République algérienne|Alger;El Mouradia;Mouradia|algéro|
AND|Andorra|Q228|Andorra la Vella|Andorre-la-Vieille|andorran|Principauté d'Andorre||
AGO|Angola|Q916|Luanda|Luanda|angolais|République d'Angola|Luanda||
ATG|Antigua and Barbuda|Q781|St. John's|Saint John's|antiguais||||
ARG|Argentina|Q414|Buenos Aires|Buenos Aires|argentin|République argentine|Buenos Aires;Casa Rosada|argentino|
ARM|Armenia|Q399|Yerevan|Erevan|arménien|République d'Arménie|Erevan;Yerevan|arméno|
AUS|Australia|Q408|Canberra|Canberra|australien|Commonwealth d'Australie|Canberra||
AUT|Austria|Q40|Vienna|Vienne|autrichien|République d'Autriche|Vienne|austro|
AZE|Azerbaijan|Q227|Baku|Bakou|azerbaïdjanais;azéri|République d'Azerbaïdjan;Azerbaidjan|Bakou|azéro|
BHS|The Bahamas|Q778|Nassau|Nassau|bahaméen|Commonwealth des Bahamas|||
BHR|Bahrain|Q398|Manama|Manama|bahreïni;bahreïnien|Royaume de Bahreïn;Bahrein|Manama||
BGD|Bangladesh|Q902|Dhaka|Dacca|bangladais;=bangladeshi;=bangladeshis|République populaire du Bangladesh|Dacca;Dhaka||
BRB|Barbados|Q244|Bridgetown|Bridgetown|barbadien|Barbados|||
BLR|Belarus|Q184|Minsk|Minsk|biélorusse;bélarusse|Bélarus;République de Biélorussie;République du Bélarus|Minsk|biélorusso|
BEL|Belgium|Q31|Brussels|Bruxelles|belge|Royaume de Belgique||belgo|
BLZ|Belize|Q242|Belmopan|Belmopan|bélizien||Belmopan||
BEN|Benin|Q962|Porto-Novo|Porto-Novo|béninois|République du Bénin|Cotonou;Porto-Novo||
BTN|Bhutan|Q917|Thimphu|Thimphou|bhoutanais|Royaume du Bhoutan|Thimphou||
BOL|Bolivia|Q750|Sucre|Sucre|bolivien|Etat plurinational de Bolivie|La Paz||
BIH|Bosnia and Herzegovina|Q225|Sarajevo|Sarajevo|bosnien;bosniaque|Bosnie;Bosnie-et-Herzégovine|Sarajevo||
BWA|Botswana|Q963|Gaborone|Gaborone|botswanais|République du Botswana|Gaborone||
BRA|Brazil|Q155|Brasília|Brasilia|brésilien|République fédérative du Brésil|Brasilia;Planalto;Itamaraty||
BRN|Brunei|Q921|Bandar Seri Begawan|Bandar Seri Begawan|brunéien|Brunéi;Brunei Darussalam;Sultanat de Brunei|Bandar Seri Begawan||
BGR|Bulgaria|Q219|Sofia|Sofia|bulgare|République de Bulgarie|Sofia|bulgaro|
BFA|Burkina Faso|Q965|Ouagadougou|Ouagadougou|=burkinabè;=burkinabé;=burkinabée;=burkinabés;=burkinabées;=burkinabe|Burkina|Ouagadougou;Ouaga;Kosyam||
BDI|Burundi|Q967|Gitega|Gitega|burundais|République du Burundi|Bujumbura;Gitega||
CPV|Cape Verde|Q1011|Praia|Praia|cap-verdien|Cabo Verde;République du Cap-Vert|Praia||
KHM|Cambodia|Q424|Phnom Penh|Phnom Penh|cambodgien;=khmer;=khmère;=khmers;=khmères|Royaume du Cambodge|Phnom Penh||
CMR|Cameroon|Q1009|Yaoundé|Yaoundé|camerounais|République du Cameroun|Yaoundé;Etoudi||
CAN|Canada|Q16|Ottawa|Ottawa|canadien||Ottawa|canado|
CAF|Central African Republic|Q929|Bangui|Bangui|centrafricain|Centrafrique;RCA|Bangui||
TCD|Chad|Q657|N'Djamena|N'Djamena|tchadien|République du Tchad|N'Djamena;Ndjamena|tchado|
CHL|Chile|Q298|Santiago|Santiago|chilien|République du Chili|Santiago du Chili||
CHN|China|Q148|Beijing|Pékin|chinois|République populaire de Chine;RPC;Chine populaire;Empire du Milieu|Pékin;Beijing;Zhongnanhai|sino|
COL|Colombia|Q739|Bogotá|Bogota|colombien|République de Colombie|Bogota||
COM|Comoros|Q970|Moroni|Moroni|comorien|Union des Comores|Moroni||
COG|Republic of the Congo|Q971|Brazzaville|Brazzaville|congolais|!Congo;République du Congo;Congo-Brazzaville|Brazzaville||
COD|Democratic Republic of the Congo|Q974|Kinshasa|Kinshasa|congolais|!République démocratique du Congo;RDC;RD Congo;Congo-Kinshasa;Congo démocratique|Kinshasa||
CRI|Costa Rica|Q800|San José|San José|costaricien;costaricain|République du Costa Rica|||
CIV|Côte d'Ivoire|Q1008|Yamoussoukro|Yamoussoukro|ivoirien|!Côte d'Ivoire;République de Côte d'Ivoire|Abidjan;Yamoussoukro|ivoiro|
HRV|Croatia|Q224|Zagreb|Zagreb|croate|République de Croatie|Zagreb||
CUB|Cuba|Q241|Havana|La Havane|cubain|République de Cuba|La Havane;Havane|cubano|
CYP|Cyprus|Q229|Nicosia|Nicosie|chypriote;cypriote|République de Chypre|Nicosie|chypro|
CZE|Czech Republic|Q213|Prague|Prague|tchèque|République tchèque|Prague|tchéco|
DNK|Denmark|Q35|Copenhagen|Copenhague|danois|Royaume du Danemark|Copenhague|dano|
DJI|Djibouti|Q977|Djibouti|Djibouti|djiboutien|République de Djibouti|||
DMA|Dominica|Q784|Roseau|Roseau|dominiquais|Commonwealth de la Dominique|||
DOM|Dominican Republic|Q786|Santo Domingo|Saint-Domingue|dominicain||Saint-Domingue|dominico|
ECU|Ecuador|Q736|Quito|Quito|équatorien|République de l'Equateur|Quito||
EGY|Egypt|Q79|Cairo|Le Caire|égyptien|République arabe d'Egypte|Le Caire;Caire|égypto|
SLV|El Salvador|Q792|San Salvador|San Salvador|salvadorien|République du Salvador;El Salvador|San Salvador||
GNQ|Equatorial Guinea|Q983|Malabo|Malabo|équato-guinéen|République de Guinée équatoriale|Malabo||
ERI|Eritrea|Q986|Asmara|Asmara|érythréen|Etat d'Erythrée|Asmara|érythréo|
EST|Estonia|Q191|Tallinn|Tallinn|estonien|République d'Estonie|Tallinn||
SWZ|Eswatini|Q1050|Mbabane|Mbabane|swazi;eswatinien|Swaziland;Royaume d'Eswatini|Mbabane||
ETH|Ethiopia|Q115|Addis Ababa|Addis-Abeba|éthiopien|République fédérale démocratique d'Ethiopie|Addis-Abeba;Addis Abeba|éthio|
FJI|Fiji|Q712|Suva|Suva|fidjien|îles Fidji;République des Fidji|Suva||
FIN|Finland|Q33|Helsinki|Helsinki|finlandais|République de Finlande|Helsinki||
FRA|France|Q142|Paris|Paris|français|République française;Hexagone|Paris;Elysée;Palais de l'Elysée;Quai d'Orsay;Matignon;Hôtel de Matignon|franco|
GAB|Gabon|Q1000|Libreville|Libreville|gabonais|République gabonaise|Libreville||
GMB|The Gambia|Q1005|Banjul|Banjul|gambien|République de Gambie|Banjul||
GEO|Georgia|Q230|Tbilisi|Tbilissi|géorgien||Tbilissi||
DEU|Germany|Q183|Berlin|Berlin|allemand|République fédérale d'Allemagne;RFA|Berlin|germano|
GHA|Ghana|Q117|Accra|Accra|ghanéen|République du Ghana|Accra||
GRC|Greece|Q41|Athens|Athènes|grec;=grecque;=grecques|République hellénique|Athènes|gréco;helléno|
GRD|Grenada|Q769|St. George's|Saint-Georges|grenadien||||
GTM|Guatemala|Q774|Guatemala City|Guatemala|guatémaltèque|République du Guatemala|||
GIN|Guinea|Q1006|Conakry|Conakry|guinéen|République de Guinée;Guinée-Conakry|Conakry||
GNB|Guinea-Bissau|Q1007|Bissau|Bissau|bissau-guinéen|République de Guinée-Bissau|||
GUY|Guyana|Q734|Georgetown|Georgetown|guyanien|République coopérative du Guyana|Georgetown||
HTI|Haiti|Q790|Port-au-Prince|Port-au-Prince|haïtien|République d'Haïti|Port-au-Prince||
HND|Honduras|Q783|Tegucigalpa|Tegucigalpa|hondurien|République du Honduras|Tegucigalpa||
HUN|Hungary|Q28|Budapest|Budapest|hongrois|République de Hongrie|Budapest||
ISL|Iceland|Q189|Reykjavík|Reykjavik|islandais|République d'Islande|Reykjavik||
IND|India|Q668|New Delhi|New Delhi|indien|République de l'Inde;Bharat|New Delhi;Delhi|indo|
IDN|Indonesia|Q252|Jakarta|Jakarta|indonésien|République d'Indonésie|Jakarta||
IRN|Iran|Q794|Tehran|Téhéran|iranien|République islamique d'Iran;République islamique|Téhéran|irano|
IRQ|Iraq|Q796|Baghdad|Bagdad|irakien;iraquien|République d'Irak;Iraq|Bagdad|irako|
IRL|Ireland|Q27|Dublin|Dublin|irlandais|République d'Irlande;Eire|Dublin|irlando|
ISR|Israel|Q801|Jerusalem|Jérusalem|israélien|Etat d'Israël;Etat hébreu|Tel-Aviv;Tel Aviv|israélo|
ITA|Italy|Q38|Rome|Rome|italien|République italienne|Rome;Palazzo Chigi;Farnesina;Quirinal|italo|
JAM|Jamaica|Q766|Kingston|Kingston|jamaïcain||||
JPN|Japan|Q17|Tokyo|Tokyo|japonais;nippon|Etat du Japon;pays du Soleil-Levant;archipel nippon|Tokyo|nippo|
JOR|Jordan|Q810|Amman|Amman|jordanien|Royaume hachémite de Jordanie|Amman|jordano|
KAZ|Kazakhstan|Q232|Astana|Astana|kazakh;kazakhstanais|République du Kazakhstan|Astana;Nour-Soultan;Noursoultan||
KEN|Kenya|Q114|Nairobi|Nairobi|kényan|République du Kenya|Nairobi||
KIR|Kiribati|Q710|Tarawa|Tarawa-Sud|kiribatien|République des Kiribati|||
PRK|North Korea|Q423|Pyongyang|Pyongyang|nord-coréen|République populaire démocratique de Corée;RPDC|Pyongyang||
KOR|South Korea|Q884|Seoul|Séoul|sud-coréen|République de Corée;pays du Matin calme|Séoul;Maison Bleue||
KWT|Kuwait|Q817|Kuwait City|Koweït|koweïtien|Etat du Koweït;Koweit;Kuwait|||
KGZ|Kyrgyzstan|Q813|Bishkek|Bichkek|kirghize;=kirghiz|Kirghizistan;République kirghize|Bichkek||
LAO|Laos|Q819|Vientiane|Vientiane|laotien|République démocratique populaire lao|Vientiane||
LVA|Latvia|Q211|Riga|Riga|letton|République de Lettonie|Riga||
LBN|Lebanon|Q822|Beirut|Beyrouth|libanais|République libanaise;pays du Cèdre|Beyrouth;Baabda|libano|
LSO|Lesotho|Q1013|Maseru|Maseru|lésothien|Royaume du Lesotho|Maseru||
LBR|Liberia|Q1014|Monrovia|Monrovia|libérien|République du Liberia|Monrovia||
LBY|Libya|Q1016|Tripoli|Tripoli|libyen|Etat de Libye|Tripoli|libyo|
LIE|Liechtenstein|Q347|Vaduz|Vaduz|liechtensteinois|Principauté du Liechtenstein|Vaduz||
LTU|Lithuania|Q37|Vilnius|Vilnius|lituanien|République de Lituanie|Vilnius|lituano|
LUX|Luxembourg|Q32|Luxembourg|Luxembourg|luxembourgeois|Grand-Duché de Luxembourg|||
MDG|Madagascar|Q1019|Antananarivo|Antananarivo|malgache|République de Madagascar;Grande Ile|Antananarivo;Tananarive;Iavoloha||
MWI|Malawi|Q1020|Lilongwe|Lilongwe|malawite;malawien|République du Malawi|Lilongwe||
MYS|Malaysia|Q833|Kuala Lumpur|Kuala Lumpur|malaisien|Malaysia|Kuala Lumpur;Putrajaya||
MDV|Maldives|Q826|Malé|Malé|maldivien|République des Maldives|||
MLI|Mali|Q912|Bamako|Bamako|malien|République du Mali|Bamako;Koulouba||
MLT|Malta|Q233|Valletta|La Valette|maltais|République de Malte|La Valette||
MHL|Marshall Islands|Q709|Majuro|Majuro|marshallais|République des Iles Marshall|Majuro||
MRT|Mauritania|Q1025|Nouakchott|Nouakchott|mauritanien|République islamique de Mauritanie|Nouakchott|mauritano|
MUS|Mauritius|Q1027|Port Louis|Port-Louis|mauricien|Ile Maurice;République de Maurice|Port-Louis||
MEX|Mexico|Q96|Mexico City|Mexico|mexicain|Etats-Unis mexicains|Mexico|mexicano|
FSM|Federated States of Micronesia|Q702|Palikir|Palikir|micronésien|Etats fédérés de Micronésie|Palikir||
MDA|Moldova|Q217|Chișinău|Chisinau|moldave|République de Moldavie;Moldova;République de Moldova|Chisinau;Kichinev|moldo|
MCO|Monaco|Q235|Monaco|Monaco|monégasque|Principauté de Monaco|||
MNG|Mongolia|Q711|Ulaanbaatar|Oulan-Bator|mongol|Mongolie|Oulan-Bator;Oulan Bator;Ulaanbaatar||
MNE|Montenegro|Q236|Podgorica|Podgorica|monténégrin|Montenegro|Podgorica||
MAR|Morocco|Q1028|Rabat|Rabat|marocain|Royaume du Maroc;Royaume chérifien|Rabat;Makhzen|maroco|
MOZ|Mozambique|Q1029|Maputo|Maputo|mozambicain|République du Mozambique|Maputo||
MMR|Myanmar|Q836|Naypyidaw|Naypyidaw|birman;myanmarais|!Birmanie;Myanmar;Union de Birmanie;République de l'Union du Myanmar|Naypyidaw;Naypyitaw||
NAM|Namibia|Q1030|Windhoek|Windhoek|namibien|République de Namibie|Windhoek||
NRU|Nauru|Q697|Yaren|Yaren|nauruan|République de Nauru|||
NPL|Nepal|Q837|Kathmandu|Katmandou|népalais|République fédérale démocratique du Népal|Katmandou||
NLD|Netherlands|Q55|Amsterdam|Amsterdam|néerlandais;hollandais|Royaume des Pays-Bas||néerlando|
NZL|New Zealand|Q664|Wellington|Wellington|néo-zélandais||||
NIC|Nicaragua|Q811|Managua|Managua|nicaraguayen|République du Nicaragua|Managua||
NER|Niger|Q1032|Niamey|Niamey|nigérien|République du Niger|Niamey||
NGA|Nigeria|Q1033|Abuja|Abuja|nigérian|Nigéria;République fédérale du Nigeria|Abuja;Aso Rock||
MKD|North Macedonia|Q221|Skopje|Skopje|macédonien;nord-macédonien|Macédoine;Ancienne République yougoslave de Macédoine;ARYM;République de Macédoine du Nord|Skopje||
NOR|Norway|Q20|Oslo|Oslo|norvégien|Royaume de Norvège|Oslo||
OMN|Oman|Q842|Muscat|Mascate|omanais|Sultanat d'Oman|Mascate||
PAK|Pakistan|Q843|Islamabad|Islamabad|pakistanais|République islamique du Pakistan|Islamabad|pakistano|
PLW|Palau|Q695|Ngerulmud|Ngerulmud|palaosien|Palau;République des Palaos|||
PAN|Panama|Q804|Panama City|Panama|panaméen|République du Panama|||
PNG|Papua New Guinea|Q691|Port Moresby|Port Moresby|papouan-néo-guinéen|Papouasie-Nlle-Guinée|Port Moresby||
PRY|Paraguay|Q733|Asunción|Asuncion|paraguayen|République du Paraguay|Asuncion||
PER|Peru|Q419|Lima|Lima|péruvien|République du Pérou|Lima||
PHL|Philippines|Q928|Manila|Manille|philippin|République des Philippines|Manille;Malacañang||
POL|Poland|Q36|Warsaw|Varsovie|polonais|République de Pologne|Varsovie|polono|
PRT|Portugal|Q45|Lisbon|Lisbonne|portugais|République portugaise|Lisbonne|luso|
QAT|Qatar|Q846|Doha|Doha|qatari;qatarien|Etat du Qatar;émirat du Qatar|Doha||
ROU|Romania|Q218|Bucharest|Bucarest|roumain|Roumanie|Bucarest|roumano|
RUS|Russia|Q159|Moscow|Moscou|russe|Fédération de Russie;Fédération russe|Moscou;Kremlin|russo|
RWA|Rwanda|Q1037|Kigali|Kigali|rwandais|République du Rwanda;pays des Mille Collines|Kigali|rwando|
KNA|Saint Kitts and Nevis|Q763|Basseterre|Basseterre|kittitien|Saint-Kitts-et-Nevis;Fédération de Saint-Christophe-et-Niévès|||
LCA|Saint Lucia|Q760|Castries|Castries|saint-lucien||||
VCT|Saint Vincent and the Grenadines|Q757|Kingstown|Kingstown|vincentais|Saint-Vincent-et-les-Grenadines|||
WSM|Samoa|Q683|Apia|Apia|samoan|Etat indépendant du Samoa|Apia||
SMR|San Marino|Q238|San Marino|Saint-Marin|saint-marinais|République de Saint-Marin|||
STP|São Tomé and Príncipe|Q1039|São Tomé|Sao Tomé|santoméen|Sao Tomé-et-Príncipe;São Tomé-et-Principe|||
SAU|Saudi Arabia|Q851|Riyadh|Riyad|saoudien|Royaume d'Arabie saoudite;royaume wahhabite;Arabie|Riyad;Ryad|saoudo|
SEN|Senegal|Q1041|Dakar|Dakar|sénégalais|République du Sénégal|Dakar|sénégalo|
SRB|Serbia|Q403|Belgrade|Belgrade|serbe|République de Serbie|Belgrade|serbo|
SYC|Seychelles|Q1042|Victoria|Victoria|seychellois|République des Seychelles|||
SLE|Sierra Leone|Q1044|Freetown|Freetown|sierra-léonais|République de Sierra Leone|Freetown||
SGP|Singapore|Q334|Singapore|Singapour|singapourien|République de Singapour|||
SVK|Slovakia|Q214|Bratislava|Bratislava|slovaque|République slovaque|Bratislava||
SVN|Slovenia|Q215|Ljubljana|Ljubljana|slovène|République de Slovénie|Ljubljana||
SLB|Solomon Islands|Q685|Honiara|Honiara|salomonais||Honiara||
SOM|Somalia|Q1045|Mogadishu|Mogadiscio|somalien|République fédérale de Somalie|Mogadiscio||
ZAF|South Africa|Q258|Pretoria|Pretoria|sud-africain|République d'Afrique du Sud|Pretoria||
SSD|South Sudan|Q958|Juba|Djouba|sud-soudanais|République du Soudan du Sud;Sud-Soudan|Juba;Djouba||
ESP|Spain|Q29|Madrid|Madrid|espagnol|Royaume d'Espagne|Madrid;Moncloa|hispano|
LKA|Sri Lanka|Q854|Sri Jayawardenepura Kotte|Sri Jayawardenapura Kotte|sri-lankais|République socialiste démocratique du Sri Lanka|Colombo||
SDN|Sudan|Q1049|Khartoum|Khartoum|soudanais|République du Soudan|Khartoum;Port-Soudan|soudano|
SUR|Suriname|Q730|Paramaribo|Paramaribo|surinamais|République du Suriname;Surinam|Paramaribo||
SWE|Sweden|Q34|Stockholm|Stockholm|suédois|Royaume de Suède|Stockholm||
CHE|Switzerland|Q39|Bern|Berne|suisse;helvétique|Confédération suisse;Confédération helvétique;Helvétie|Berne||
SYR|Syria|Q858|Damascus|Damas|syrien|République arabe syrienne|Damas|syro|
TJK|Tajikistan|Q863|Dushanbe|Douchanbé|tadjik;tadjikistanais|République du Tadjikistan|Douchanbé||
TZA|Tanzania|Q924|Dodoma|Dodoma|tanzanien|République-Unie de Tanzanie|Dodoma;Dar es Salaam||
THA|Thailand|Q869|Bangkok|Bangkok|thaïlandais;thaï|Royaume de Thaïlande|Bangkok||
TLS|East Timor|Q574|Dili|Dili|est-timorais;timorais|Timor-Leste;Timor-Oriental;République démocratique du Timor oriental|Dili||
TGO|Togo|Q945|Lomé|Lomé|togolais|République togolaise|Lomé||
TON|Tonga|Q678|Nukuʻalofa|Nuku'alofa|tongien|Royaume des Tonga|||
TTO|Trinidad and Tobago|Q754|Port of Spain|Port-d'Espagne|trinidadien|Trinidad-et-Tobago|||
TUN|Tunisia|Q948|Tunis|Tunis|tunisien|République tunisienne|Tunis;Carthage;palais de Carthage|tuniso|
TUR|Turkey|Q43|Ankara|Ankara|turc;=turque;=turques|Türkiye;Turkiye;République de Turquie|Ankara|turco|
TKM|Turkmenistan|Q874|Ashgabat|Achgabat|turkmène|Turkménistan|Achgabat;Achkhabad||
TUV|Tuvalu|Q672|Funafuti|Funafuti|tuvaluan||||
UGA|Uganda|Q1036|Kampala|Kampala|ougandais|République de l'Ouganda|Kampala||
UKR|Ukraine|Q212|Kyiv|Kiev|ukrainien||Kiev;Kyiv;Kiyv;Kyïv;Bankova|ukraino|
ARE|United Arab Emirates|Q878|Abu Dhabi|Abou Dhabi|émirati|EAU;Emirats;Emirats arabes|Abou Dhabi;Abu Dhabi||
GBR|United Kingdom|Q145|London|Londres|britannique;anglais|Grande-Bretagne;Royaume-Uni de Grande-Bretagne et d'Irlande du Nord;Angleterre;Irlande du Nord|Londres;Downing Street;10 Downing Street;Foreign Office;Whitehall|anglo;britannico|
USA|United States|Q30|Washington, D.C.|Washington|américain;étatsunien;états-unien|Etats-Unis d'Amérique;USA;pays de l'Oncle Sam;Oncle Sam|Washington;Maison Blanche;Maison-Blanche;Département d'Etat;Pentagone;Bureau ovale|américano|
URY|Uruguay|Q77|Montevideo|Montevideo|uruguayen|République orientale de l'Uruguay|Montevideo||
UZB|Uzbekistan|Q265|Tashkent|Tachkent|=ouzbek;=ouzbèke;=ouzbeks;=ouzbèkes;ouzbékistanais|République d'Ouzbékistan|Tachkent||
VUT|Vanuatu|Q686|Port Vila|Port-Vila|vanuatais|République de Vanuatu|Port-Vila||
VEN|Venezuela|Q717|Caracas|Caracas|vénézuélien|République bolivarienne du Venezuela;Vénézuela|Caracas;Miraflores|vénézuélo|
VNM|Vietnam|Q881|Hanoi|Hanoï|vietnamien|Vietnam;Viet Nam;République socialiste du Vietnam|Hanoï|vietnamo|
YEM|Yemen|Q805|Sanaa|Sanaa|yéménite|République du Yémen|Sanaa;Aden||
ZMB|Zambia|Q953|Lusaka|Lusaka|zambien|République de Zambie|Lusaka||
ZWE|Zimbabwe|Q954|Harare|Harare|zimbabwéen|République du Zimbabwe|Harare||
VAT|Holy See|Q237|Vatican City|Cité du Vatican|=vatican;=vaticane;=vaticans;=vaticanes|!Saint-Siège;Vatican;Etat de la Cité du Vatican;Cité du Vatican|||o
PSE|Palestine|Q219060|Ramallah|Ramallah|palestinien|!Palestine;Etat de Palestine;Territoires palestiniens|Ramallah;Autorité palestinienne|palestino|o
TWN|Taiwan|Q865|Taipei|Taipei|taïwanais|République de Chine;Formose|Taipei||x
XKX|Kosovo|Q1246|Pristina|Pristina|kosovar|République du Kosovo|Pristina||x
"""

# Names, demonyms or metonyms that are also ordinary French words or first
# names: the matcher should require extra evidence before taking them.
AMBIGUOUS = [
    "Maurice",
    "Salvador",
    "Dominique",
    "Grenade",
    "Sofia",
    "Vienne",
    "Carthage",
    "anglais",
    "anglaise",
    "anglaises",
]

# French names that begin with a common noun ("royaume", "république", "île"...) are often
# written in lower case ("le royaume chérifien"): such names also get a lower-case variant.
COMMON_HEADS = {
    "royaume",
    "république",
    "etat",
    "état",
    "etats",
    "états",
    "fédération",
    "principauté",
    "grand-duché",
    "sultanat",
    "emirat",
    "émirat",
    "confédération",
    "commonwealth",
    "union",
    "archipel",
    "ile",
    "île",
    "iles",
    "îles",
    "pays",
}


def inflect(m: str) -> list[str]:
    """Masculine singular demonym -> all four forms (as a list, no duplicates)."""
    if m.startswith("="):
        return [m[1:]]
    if m.endswith("e"):
        forms = [m, m + "s"]
    elif m.endswith(("ien", "éen", "en")):
        forms = [m, m + "ne", m + "s", m + "nes"]
    elif m.endswith(("ais", "ois", "is")) or m.endswith("s"):
        forms = [m, m + "e", m + "es"]
    elif m.endswith("on"):
        forms = [m, m + "e", m + "ne", m + "s", m + "es", m + "nes"]
    elif m.endswith("c"):
        forms = [m, m + "s"]
    else:
        forms = [m, m + "e", m + "s", m + "es"]
    out: list[str] = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.replace("\u2019", "'")).strip()


def split(field: str) -> list[str]:
    return [nfc(x) for x in field.split(";") if x.strip()]


def main() -> None:
    fr_names = babel.Locale("fr").territories
    data, french = [], {}
    for line in TABLE.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (10 - len(parts))
        code, en, qid, cap_en, cap_fr, dem, names, meto, pref, status = parts[:10]
        country = pycountry.countries.get(alpha_3=code)
        if country is None and code != "XKX":
            raise SystemExit(f"unknown code {code}")
        data.append(
            {
                "code": code,
                "name": en,
                "wikidata": qid or None,
                "capital": cap_en,
                "status": {"": "member", "m": "member", "o": "observer", "x": "other"}[status],
            }
        )
        extra = split(names)
        if names.startswith("!"):
            extra[0] = extra[0].lstrip("!")
            all_names = extra
        else:
            base = fr_names.get(country.alpha_2) if country else "Kosovo"
            all_names = [nfc(base), *extra]
        variants: list[str] = []
        for n in all_names:
            variants.append(n)
            first = n.split(" ")[0].split("-")[0].casefold()
            if first in COMMON_HEADS and n[:1].isupper():
                variants.append(n[:1].lower() + n[1:])
        seen: list[str] = []
        for n in variants:
            if n not in seen:
                seen.append(n)
        demonyms: list[str] = []
        for d in split(dem):
            for f in inflect(d):
                if f not in demonyms:
                    demonyms.append(f)
        french[code] = {
            "names": seen,
            "demonyms": demonyms,
            "prefixes": split(pref),
            "metonyms": split(meto),
            "capital": nfc(cap_fr),
        }
    data.sort(key=lambda r: r["code"])
    out_fr = {"_ambiguous": sorted(set(AMBIGUOUS))}
    out_fr.update({k: french[k] for k in sorted(french)})
    DATA.parent.mkdir(parents=True, exist_ok=True)
    FR.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    FR.write_text(json.dumps(out_fr, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(data)} states to {DATA.relative_to(ROOT)} and {FR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
