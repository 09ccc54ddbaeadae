"""Common given names that tell a person's sex, read by the mention parser and by the resolver.
Standard library only, so that any module may import it.

How the lists were chosen: from general knowledge of given names, written down without looking at any
article of the corpus: the common given names of the US, the UK, Canada and Australia over the last
century or so, with their usual short forms ("Jim", "Liz"), and the common given names of Latin
America, Europe, Africa, the Middle East, South Asia and Japan as romanised in English-language
news ("Jorge", "Olga", "Chukwuemeka", "Aisha", "Priya", "Keiko"). Left out on purpose:
- from the two lists of one sex, a name given to men and women alike ("Chris", "Robin", "Kim",
  "Jean", "Andrea", "Michele", "Noor", "Yuki"): those are in a third list, which says only that a
  word is a given name; "Jordan", "Taylor", "Morgan", "Lee" are in none (a place, a surname or a
  firm as often); Chinese, Korean and Vietnamese given names, which rarely tell
  the sex in romanised form and often come after the surname;
- a name that is often a word, a place, a month or a title before a name ("May", "Grant", "Will",
  "Hope", "Said", "Devon", "Lincoln", "Sultan"), or the first word of a firm ("Merrill", "Otis",
  "Clifford", "Lilly"), or an acronym in capitals ("EMI", "IDA", "UNA");
- a surname far more common than the given name ("Harris", "Kennedy", "Preston").
The words are kept as one string each and split into sets on first use, so that importing the
module costs next to nothing.
"""

from __future__ import annotations

import unicodedata
from functools import cache

__all__ = ["first_name_gender", "given_name_gender", "is_given_name"]

_MALE_WORDS = """
    aamir aaron abbas abdallah abdel abdelaziz abdou abdoulaye abdul abdulaziz abdullah abdulrahman
    abe abebe abel abhishek abiodun abraham adam adebayo adel adewale aditya adnan adolfo adolph
    adrian agustin ahmad ahmed ahmet aidan aiden ajay ajit akash akbar akhil akin akinwumi akira
    akram akshay al alain alan alasdair alassane albert alberto alec alejandro aleksa aleksandar
    aleksander aleksandr alessandro alessio alexander alexei alexey alf alfie alfonso alfred alfredo
    algernon ali alistair allan allen alok alonso alonzo altaf alvaro alvin amadou amarinder ambrose
    amir amit amitabh amnon amos amr anand anatoly anders andre andreas andrei andrej andres andrew
    andriy andrzej andy angelo angus anil anish ankit anthony antoine antonio antonis antony antti
    anupam anurag anwar archibald archie arjun arkady arlen arlo armand armando armin arnaud arne
    arnie arnold arthur arturo arun arvind arvinder asa asad ashish ashok ashraf asif atiku attila
    atul augusto augustus aurelio avi avraham axel ayman ayodele babajide babar babatunde barnaby
    barney barry bart bartholomew bashar basil bassam ben benedict bengt benito benjamin benji benny
    benoit bernard bernardo bernd bernhard bernie bert bertie bertram bertrand bheki bilal bill
    billy binyamin birger bjorn bob bobby bogdan bohdan bongani borys boubacar brad bradley bradly
    bram brandon branko brayden brendan brent brett brian brody bruce bruno bryan bryce bryson
    bulent burak burl byron caleb callum calvin carl carlo carlos cathal cecil cedric cesar cesare
    chad charles chauncey cheikh chet chibuike chidi chijioke chinedu christian christoph christophe
    christopher christos chuck chukwuemeka chukwuma ciaran cillian clarence claude claudio clem
    clement cletus clint clive clyde cody colby colin colm colton conal connor conor conrad
    cornelius corrado costas craig cristian cristobal cuthbert cyril dacian daisuke damian damien
    damon dan daniel danny dante dario darius darnell darragh darrel darrell darren darryl daryl
    dashawn dave davey david davide dawit dean deandre deangelo declan deepak delbert demetrius
    denis dennis denny deon derek dermot derrick deshawn desmond devin dexter dhruv diarmuid didier
    diego dieter dietrich dimitrios dimitris dinesh dino dion dirk dirk-jan dmitri dmitry dmytro
    dominic donal donald donnie donovan dontae doug douglas dov dragan duane duarte duncan dusan
    dustin dwain dwayne dwight dylan eamon eamonn earl easton eberhard ebrahim ed eddie eddy edgar
    edgardo edmund eduardo edward edwin efrain egon ehud einar eitan elbert eli elias elijah elliot
    elliott elmer elton elvis elwood emanuel emanuele emeka emil emile emiliano emilio emmanuel
    emmett emmitt emre enda enrico enrique enzo eoin ephraim ercan eric erich erik ernest ernesto
    ernie ernst errol ervin esko esteban ethan etienne ettore euan eugene eugenio eusebio evan
    evangelos everette evgeny ewan ezekiel ezequiel ezra fabian fabien fabio fabrizio facundo fadi
    fahd faisal fakhar farid farouk fawad fawzi federico felipe felix femi ferdinand ferenc fergal
    fergus fernand fernando fidel filippo fintan flavio florian floyd forrest fouad francesco
    francis francisco franco francois frank frankie franklin fred freddie freddy frederic frederick
    fredric fredrik friedrich fritz fumio fyodor gabor gabriel gabriele gael ganesh gareth garfield
    garrett garry garth gary gaston gaurav gavin gennady geno geoff geoffrey george georgi gerald
    gerard gerardo gerhard gerrit gerry getachew gheorghe giacomo giancarlo gianfranco gianluca
    gianluigi gianni gideon gil gilad gilbert gilberto giles gilles giorgio giorgos giovanni girish
    giulio giuseppe godfrey goncalo gonzalo gopal goran gordon gottfried govind grady graeme graham
    greg gregg gregoire gregory grigory grover grzegorz guido guillaume guillermo gunnar gunter
    gunther gus gustavo gyula haile hakan hal hamad hamed hamid hamish hamza hani hank hannes hans
    hansjorg harald hari harish harlan harold harry haruki harvey hasan hashem hassan hatem hayato
    hazem hector heikki heiko heinrich heinz helmut helmuth hemant hendrik henk henri henrik henry
    herbert heriberto herman hernan herschel herve hideki hiram hirokazu hiroshi hiroyuki hisham
    holger horace horacio horst hosea hossein howard hubert hugh hugo hugues humberto humphrey
    husain huseyin hussein iain ian ibrahim ibrahima ichiro ifeanyi ignacio ignatius igor ike
    ikechukwu ikenna ilan ilya imad imran imre ingo irfan irvin irwin isaac isaiah isidore ismail
    ismet issa istvan itai itzhak ivan ivo ivor jaber jabulani jacek jack jacob jacques jagdish
    jaime jake jakub jalen jamal jamar james jamil janos janusz jared jaroslaw jarrod jason jasper
    jaswant javad javier jaxon jay jayant jayden jaylen jean-baptiste jean-charles jean-christophe
    jean-claude jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel
    jean-noel jean-paul jean-philippe jean-pierre jean-yves jeb jed jedidiah jeff jeffery jeffrey
    jens jerald jeremiah jeremy jermaine jeroen jerold jerome jerry jerzy jesse jethro jide jim
    jimmy jiri joachim joao joaquin jochen joe joel joey johann johannes john johnathan johnnie
    johnny jomo jon jonah jonas jonathan jonathon joost jorg jorge jorgen jose jose-antonio
    jose-luis jose-maria josef joseph josh joshua juan juan-carlos juan-manuel juan-pablo juha jukka
    jules julian julien julio julius junaid junichiro jurgen justin jyrki kadir kagiso kamal karan
    kareem karim karl karsten kartik kashif katsuya kayden kayode kazimierz kazuki kazuo kees keir
    keith kelvin kemal ken kendrick kenichi kenichiro kenji kenneth kenny kenta kermit keshawn kevin
    kgalema khaled khalid khalil kieran kieron kirk kishore kjell klaus klaus-dieter knut kofi
    koichi koji kojo konrad konstantin konstantinos kostas kristopher krzysztof kurt kwabena kwaku
    kwame kwasi kyle kyriakos lachlan ladislav lalit lamar lamont landon larry lars laszlo laurent
    lawrence leandro lech leif len lenard lenny leo leon leonard leonardo leonid leopold leroy
    lester levent levi lewis liam lionel lloyd logan loic lonnie loren lorenzo lorne lothar lou
    louis luc luca lucas lucian luciano lucien lucio lucius luigi luis luiz lukas luke lungisani
    luther lutz lwazi lyle lyndon maarten maciej magnus mahesh mahmoud mahmud majid makoto malcolm
    malik mamadi mamadou mandla manfred manish manmohan manny manoj manuel marc marcel marcello
    marcelo marco marcos marcus marek mariano mario mariusz mark markus marlon martin marvin
    marwan masahiro masaru mason masoud massimo mateo mathew mathias mathieu mats matt matteo
    matthew matthias matthieu matti maurice mauricio maurizio mauro max maxime maximiliano maxwell
    mehdi mehmet melvin mervyn micah michael michel mick mickey miguel mihai mikael mike mikhail
    mikko milo milos minoru miroslav mitch mitchell mmusi modibo moe mohamad mohamed mohammad
    mohammed mohammed-ali mohan mohsen mojtaba monty morris morten morteza mortimer morton moses
    moshe mostafa moussa muhammad muhammadu mukesh mukul murat murray musa mushtaq mustafa mykola
    myron nabeel nabil nadeem naftali naguib naoki naoto napoleon narendra naresh nasser nathan
    nathanael nathanial nathaniel naveen nawaz ned neil nelson nestor neville niall nicholas nick
    nicolae nigel nikhil nikita nikolai nikolay nikos nils nirav nitin nnamdi noah nobuo nolan
    norbert norman nuno obinna octavio oisin olaf oleg oleksandr oleksiy oliver olivier ollie olof
    olufemi olumide olusegun oluwafemi omar orval orville osama oscar oskar osman oswald ottavio
    otto ousmane ove owen ozan pablo padraig panagiotis pankaj paolo parvez pascal pasquale patrice
    patrick paul pavel pavlo pedro pekka percival percy pervez pete peter petr phil philbert philip
    philippe phillip pierluigi piero pierre pieter pietro piotr pradeep prakash pramod pranav
    prashant praveen predrag qasim quentin quinton radoslaw rafael raffaele raghav rahul raila
    rainer rajeev rajendra rajesh rajiv rajnath rakesh ralph ramesh rami ramiro ramon randal randall
    randy rashad rasheed rashid rasmus raul ravi ray rayford raymond reg reggie reginald reinaldo
    reiner reinhard reinhold remi renato renaud rene renzo reuben rex reza rhett rhys riad ricardo
    riccardo richard rick ricky riyad rizwan rob robbie robert roberto rocco roderick rodney rodolfo
    rodrigo rogelio roger rohit roland rolando rolf romeo ron ronald ronan ronnie rory roscoe ross
    roy ruairi ruben rudiger rudolf rudolph rudy rufus rui rupert ruslan russ russell ruud ryan
    ryota saad sachin saeed salah saleh salem salim salvatore sami samir sammie sammy samuel sandeep
    sandor sandro sanjay sanjeev santosh satish satoshi satya saul sauli scott seamus sean sebastian
    sebastiao sebastien segun selim serge sergei sergey sergio sergiy serkan seth shahbaz shahid
    shane sharad sharif shashi shaul shaun shawn shehbaz sheldon sherwood shigeru shimon shinji
    shintaro shinzo shlomo shoaib shota shuichi shyam sibusiso sid siddharth sidney sigmar sigmund
    sigurd silas silvio simon sipho sitaram siyabonga sjoerd slawomir slobodan solomon sonny soren
    souleymane spencer spyros srinivas stan stanislav stanley stavros stefano stepan stephane
    stephen steve steven stewart stig stuart suleyman sundar sunil suresh sverre sylvain sylvester
    tadashi tadhg tahir takashi takeshi takuya taras tarek tareq tariq taro tatsuya tayyip ted teddy
    terence terrance terrell terrence terrill tesfaye tetsuya thabo thad thaddeus themba theo
    theodore theron thiago thibault thibaut thierry thomas thorsten tiago tibor tim timo timothy
    tobias toby todd tom tomas tomasz tomislav tommaso tommy tomohiro tony torbjorn torsten
    toshihiro toshiro traian travis tremaine trent trevon trevor tristan tunde tushar tyler tyrell
    tyrone tyson uhuru ulf ulises ulrich ulysses umberto uri usman uwe vaclav vadim valentin valerio
    valery varun vasile vasilis vasily venkatesh vern verne vernon vic vicente victor vijay vikas
    vikram viktor vinay vince vincent vinicius vinod virgil vishal vitali vitaly vito vittorio vivek
    vladimir vladislav vojislav volkan volker volodymyr vuk vyacheslav waldemar waldo waleed walid
    wallace walter walther waqar wayne wendel wendell werner wesley wilbert wilbur wilford wilfred
    wilfredo wilhelm willard willem william willie willis willy wilmer wim winfred winston wojciech
    wolf-dieter wolfgang woodrow wyatt xavier yaakov yair yakubu yann yannick yannis yaroslav yash
    yasir yasser yaw yehuda yevgeny yiannis yitzhak yoav yogesh yosef yoshihide yoshihiko yossi
    younis yousef youssef yoweri yuichi yukio yuri yury yusuf yusuke yves zach zachary zack zafar
    zaid zakaria zane zbigniew zdenek zeb zeke ziad zoltan zoran zulfiqar zvi
"""

_FEMALE_WORDS = """
    aaliyah aarti abby abeer abena abigail abimbola achieng adaeze adaobi adaora addie adela
    adelaide adele adelheid adelia adeline adella adenike adesuwa adhiambo aditi adriana adrienne
    adunni adwoa afaf afua agatha agathe agnes agnese agnetha agnieszka agustina aikaterini aileen
    ailsa aimee aine aino aisha aishwarya aisling aissatou akanksha akiko akinyi akosua akoth akua
    alana alberta alejandra aleksandra alena alenka alessandra alessia alesya alexa alexandra
    alexandria alfreda alia alice alicia alina aline alisa alisha alison aliya alka alla allie
    allison alma althea alva alysha alyssa amaka amal amalia amanda amani amarachi amaya amber
    amelia amelie amina aminata amira amna amparo amrita amy ana ana-maria anabel anais anamika
    anastacia anastasia andreea angela angelica angelika angeliki angelina angeline angelique
    angharad angie anita anja anjali anke ankita ann anna annabel annabelle annalena annalise anne
    anne-marie anne-sophie annegret anneli anneliese annette annick annie annika annmarie anouk
    antje antoinette antonella antonia anupama anushka anya anzhela aoife aparna apolline arabella
    araceli archana arezoo ariadne ariana arianna arlene arundhati arwa asami asma asmaa astrid
    asuka athina atieno audrey augusta aurelie ava awino aya ayaka ayako ayelet ayesha aylin
    ayse aysel ayten ayumi azadeh barbara basma beata beatrice beatrix beatriz becky begona behnaz
    belen belinda bella benazir benedetta berenice bernadette bernadine bernice bertha bess bessie
    beth bethan bethany betsy bettie bettina betty bettye beverley beverly bhavana bhavna bianca
    binta birgit birgitta bisi blanca blanche blandine bogdana bolanle bonnie breanna brenda brenna
    brianna brid bridget bridgette brigitte britta brittani brittany brittney bronwen bruna burcu
    bushra busisiwe busra caitlin caitlyn calista callie camila camilla camryn canan candace candice
    caoimhe capucine cara carissa carla carlotta carly carmela carmelita carmen carol carole
    caroline carolyn carrie carys cassandra cassie catalina caterina catharine catherine cathleen
    cathryn cathy catrin catrina catriona cecile cecilia celeste celia celina celine chandni chanel
    chantal chantelle charis charlene charlotte charmaine chelsey cherie cheryl chiaki chiamaka
    chiara chidinma chie chika chinwe chinyere chioma chitra chloe christa christen christiane
    christie christina christine christy ciara ciera cierra cigdem cindy claire clara clare clarice
    clarissa claudette claudia claudine clemence clementina clementine clodagh colette colleen
    conceicao concepcion connie constance consuelo cora coralie cordelia corinna corinne corrine
    costanza cristina cynthia dagmar dalia damini dania danica daniela daniella danielle danuta
    daphne daria darlene dasha davina dawn dayna deana deanna debbie debora deborah debra deepa
    deepika deidre deirdre delfina delia delilah della delores delphine demi dena denise derya
    desiree despina diana diane diann dianna dianne dilma dimitra dina dineo dipika divya doaa dolly
    dolores dominika donatella donna dora doreen dorinda doris dorota dorothea dorothy dorthy dottie
    dragana drusilla duaa dulce earlene ebba ebele ebonee ebru ecaterina edeltraud edie edith edna
    edwina effie efrat efua eija eiko eileen eilidh eimear eirini ekaterina elaina elaine eleanor
    eleanora eleanore elena eleni eleonora eleri elfriede eliana eliane elif elin elisa elisabeth
    elisabetta elise elissa eliza elizabeth elke ella ellen ellie elma elnora elodie eloisa eloise
    elsa elsie elspeth elva elvira elyse elzbieta eman emanuela emeline emiko emilia emilie emily
    emine emma emmanuelle emmeline emmy encarnacion enid erica erika eriko erin ernestine erzsebet
    esme esmeralda esperanza esra essie estefania estela estelle esther ethel etsuko etta eudora
    eugenia eugenie eula eunice euphemia eva evangelia evangelina evangeline eveline evelyn evgenia
    evie fabiana fabienne fabiola fadwa fairuz falguni fannie fanny fariba farideh farzana fatemeh
    fatima fatma fatoumata fay faye federica felicia felicity femke fernanda ffion filiz fiona
    fionnuala flora florencia florentina flossie folake folasade fotini frances francesca francine
    francoise franziska freda freya frida frieda friederike fumiko funke funmilayo gabriela
    gabriella gabrielle gaelle gail galina galit gamze gayatri geeta gemma genevieve genevra
    georgette georgiana georgina geraldine gerda geri germaine gertie gertrud gertrude ghada ghadeer
    ghislaine gianna gillian gina ginevra ginny giorgia giovanna gisela giselle gita giulia giuliana
    gladys glenda gloria golnar gosia graca grace gracie graciela grainne greta gretchen griselda
    gudrun gulsen gunilla gussie gwen gwendolyn gwyneth hadas hadeel haifa hailey hala haley halina
    hallie hanaa hanan hanna hannah hannelore harriet harriett haruka harumi hasina hatice hattie
    hauwa hayat hayley heather hedda hedwig heidi heidrun heike helen helena helene helga helle hema
    hend henrietta henrike hester hettie hiba hila hilary hilda hildegard hillary hina hiroko
    hisako hitomi hollie holly hortense houda huda hulya ibtisam ifeoma ijeoma ilaria ildiko ilene
    ilknur ilse iman imani imelda imogen inas inbal indira indu ineke ines inez inge ingeborg ingrid
    inmaculada ioana ioanna iona irena irene irina irma irmgard iryna isabel isabela isabella
    isabelle isadora ishita isla isobel itzel itziar iva ivana ivanka iwona jaana jaclyn jacqueline
    jacquelyn jada jadwiga jaida jamila janae jane janelle janet janette janice janie janine janis
    jaqueline jasmine jaya jayla jayne jazmin jazmine jeanette jeanine jeanne jeannette jeannie
    jelena jemima jemma jenifer jenna jennie jennifer jenny jeri jessamine jessica jihan jill
    jillian joan joana joanie joann joanna joanne jocelyn jodie joelle johanna jolene jolie jordyn
    josefa josefina joselyn josephina josephine josiane josie jovana joyce juana juanita judith judy
    julia juliana julianna julianne julie juliet julieta juliette julija julissa junko justine jutta
    kadiatou kaela kaisa kaitlin kaitlyn kajal kalpana kamala kamila kanako kanika kaori kara karen
    karin karishma karla karolina karoline kasia kassandra katalin katarzyna katayoun kate katelyn
    katelynn katerina kateryna katharina katharine katherine kathie kathleen kathrin kathrine
    kathryn kathy katie katja katrin katrina katy katya kavita kavya kawthar kayla kaylee kayleigh
    kayley kazuko keabetswe keely keiko keisha kellie kelsie kemi kendra kerstin khadija khaleda
    khloe kiana kiara kierra kimberley kimberly kimiko kinga kirsten kirstie kirsty kirti kiyoko
    konstantina krista kristen kristin kristina kristine kristy kristyna krystal krystle ksenia
    kumiko kusum kyla kylee kylie kyoko ladan laetitia laila lakeisha lakisha lakshmi lamia lamya
    lana laquita larisa larissa latanya latisha latonya latoya latrice laura laure lauren lauretta
    lauryn lavanya laverne lavinia layla lea leah leandra leanna leanne leela leena leila lena lenka
    leona leonie leonora lerato leticia letitia lettie liana lidia lieke liesel lieselotte lilia
    lilian liliana lillian lillie lily limor lina linda lindiwe lindy linnea liora lisa lise lisette
    liudmila liv liz liza lizbeth lizeth lizzie ljiljana lois lola lora loredana lorena lorene
    loretta lori lorna lorraine lotte lottie louella louisa louise lowri luana luann luanne lubna
    lucia luciana lucie lucille lucinda lucretia lucy ludmila ludovica luella luise luiza lujain
    lula lupe lupita lurleen lydia lynda lyndsey lynette lynne lynsey lyudmila maarit mabel macarena
    madalyn madeleine madeline madelyn madge madhuri madiha mae maelle maeve magda magdalena maggie
    maha mahnaz mahsa maira mairead maite maja makayla makenna malak malgorzata malin mallika mamata
    mami mamie mamta manal manar mandy manisha manju manon manuela maranda marcela marcia marcie
    marcy margaret margaretta margarita margery margherita margie margit margo marguerite mari maria
    maria-elena maria-fernanda maria-jose maria-luisa maria-teresa mariah mariam mariama marian
    mariana marianna marianne maribel maribeth maricela marie marie-christine marie-claude
    marie-france marie-helene marie-louise marie-pierre marie-therese mariela marietta marija
    marijke mariko marilee marilia marilyn marilynn marina marisa marisela marisol marit maritza
    marja marjorie marjory marketa marla marlee marlena marlene marnie marquita marsha marta martha
    martina martine martyna marwa mary maryam maryann maryanne marylou maryse marzena masako
    mathilde matilda mattie maud maude maura maureen mavis maxine mayme mayra maysoon mayu
    mayumi mckenzie meagan meaghan mechthild meena meera meg megan megha meghan megumi mehbooba
    mehreen meirav melanie melba melina melinda melisa melissa meltem melva melvina mervat merve
    meryl mette mhairi mia michaela michela michelle michiko midori mieke mieko mihaela mikayla
    milagros mildred milena millicent millie mina minakshi minerva minna minnie mira miranda
    mireille mirella mireya miri miriam mirjana mirta misaki misato missy mitsuko mitzi miwa miyuki
    modupe moira mollie molly momoko mona monica monika monique montserrat morag morgana moriah
    mouna mridula muireann muna muriel murielle muthoni myra myrtle naama nadege nadezhda nadia
    nadine nafula nahla najat najla naledi nancy nandini nanette nannie naoko naomi narges nargis
    nashwa nasrin natalee natalia natalie nataliya natalya natasha nathalie nawal nayeli nazanin
    neda neha nell nellie nerea nettie nevena ngozi niamh nichole nicole nicoletta nidhi niloufar
    nilufer nina nirmala nirupama nisha nisreen njeri nkechi nkiru nkosazana nneka nobuko noelia
    noelle noemi noga nokuthula nola nomsa nomvula nomzamo nora noreen noriko norma nosipho nour
    noura nourhan nozomi nthabiseng nuala nuria nusrat nyla nyokabi oana obiageli oceane octavia
    odessa odette oksana ola olena olesya olga olivia oluchi omolara onyinye ophelia orla orly
    ornella osnat outi ozlem padma paige paivi palesa paloma pam pamela panagiota paola parisa
    parvaneh parvati pascale patricia patrizia patsy patty paula paulina pauline pearlie pegah peggy
    penelope perrine petra petula philippa phillipa philomena phoebe phumzile phyllis pilar pinar
    pirjo polina polly pooja poonam portia pratibha preeti priscila priscilla priti priya priyanka
    pushpa rabab rachael rachel rachna radha radhika radka rae rafaela raffaella ragnhild rahaf
    raisa rana randa rani rania raphaelle raquel rasha rashmi ravit rawan razan reba rebeca rebecca
    rebekah reem reiko rekha renata renate renee renu reva revathi revital rhea rhianna rhiannon
    rhoda rhonda rihanna riitta rika rima rita ritika ritu rivka roberta robyn rocio roisin roksana
    rola ronda ronit rosa rosalba rosalia rosalie rosalind rosalyn rosamond rosamund rosangela
    rosanna rosanne rose roseann rosella rosemarie rosemary rosetta rosie rosina rossella rowena
    roxana roxanna roxanne roxie roya ruba rula rupa ruth ruthie sabina sabine sabrina sachiko sade
    sadhana sadia sadie safaa safia sahar sakshi sakura sally salma samantha samar samara samia
    samira sana sanae sandra sangeeta sangita sania sanna sanne saoirse sapna sara sarah sarai
    saraswati sarit sarita saskia satomi satu saundra savanna savita sawsan sayaka seema
    segolene selena selin selina selma sepideh serena setsuko severine sevgi shabana shadia shahla
    shaima shakira shalini shameka shana shania shanice shaniqua shanna shanta shanti shari sharlene
    sharmila sharon sharron shauna shawna shayla shazia sheena sheetal sheila shelley sheree shereen
    sherine sherri sherrie sherry sheryl shilpa shiori shira shirin shirley shobha shona shreya
    shruti shulamit shweta sian sibel sibyl sieglinde siena sienna sigal sigrid sigrun siham silke
    silvija simin simona simone simran sinead siobhan siv smita smriti sneha snezana snezhana sobia
    sofie solange soledad solene solveig sonal sonali sondra sonia sonja sophia sophie sophronia
    soraya sorcha souad stacey stacy stefania stefanie stella stephanie stephany suad sue suha
    sujata sumiko sunita supriya susan susana susanna susannah susanne sushila sushma sushmita susie
    suzanne suzette suzy svenja svetlana swati sybil sybille sydnee sylvia sylvie sylwia tabatha
    tabitha tahani takako tali talia tallulah tamar tamara tameka tamia tamika tamiko tammy tamsin
    tania tanisha tanuja tanvi tanya tara taraneh tarja tasha tatiana tatyana tayla teagan teodora
    teresa teri terri teruko tess tessa tetiana thandeka thandi thandiwe thelma theodora
    theresa tiana tianna tiffany tilly tina titilayo tiziana tomoko tonya tori toshiko tove tracey
    trina trisha trixie trudy tugba tuula tuva twila tyesha tzipi ulla ulrika ulrike urmila ursula
    urszula usha uta ute uzma vaishali valarie valentina valeria valerie valeriya vandana vanesa
    vanessa varsha vasiliki vasilisa vasundhara velma vera verena verna veronica veronika veronique
    vesna vicki vickie vicky victoria vidya vigdis vikki viktoria vilma viola violeta violetta
    virgie virginie vitoria vittoria vivian viviana vivienne wafa wafaa waltraud wambui wanda
    wangari wanjiku wanjiru wendy widad wiebke wilhelmina willa wilma winifred winnie ximena yaa
    yadira yael yamini yara yaritza yasaman yasemin yasmin yasmine yasuko yehudit yekaterina yelena
    yesenia yetunde yifat yoko yolanda yolande yoshiko yukari yukiko yuko yulia yuliya yumi yumiko
    yuriko yusra yvette yvonne zahra zainab zanele zaria zeina zeinab zelda zella zelma zena zeynep
    zhanna ziba zlata zodwa zoe zoey zofia zora zoya zsuzsanna zuzana
"""

# Given names of either sex: they say a word is a person's name, not which sex.
_EITHER_WORDS = """
    alex andrea ariel ashley billie bobbie camille casey charlie chris courtney dana dominique
    frankie jackie jaime jamie jean jess jo jody kelly kelsey kim kris laurie lesley leslie lindsay
    lindsey marty michal michele nicola noor robin sam sasha stevie terry toni tracy yuki
"""


@cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(_MALE_WORDS.split()), frozenset(_FEMALE_WORDS.split())


@cache
def _either_sex() -> frozenset[str]:
    return frozenset(_EITHER_WORDS.split())


def __getattr__(attribute: str) -> frozenset[str]:
    """MALE and FEMALE, built on first use."""
    if attribute == "MALE":
        return _sets()[0]
    if attribute == "FEMALE":
        return _sets()[1]
    raise AttributeError(attribute)


def _key(word: str) -> str:
    """The word lower-cased, without diacritics ("José" -> "jose", "Jürgen" -> "jurgen")."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when one word is a common given name of one sex ("Helen", "jorge")."""
    if len(word) <= 3 and word.isupper():
        return None  # an acronym in capitals ("EMI", "TIM"), not a name
    male, female = _sets()
    key = _key(word)
    if key in male:
        return "m"
    return "f" if key in female else None


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" when a person's name of two words or more opens with a given name of one gender."""
    words = name.split()
    if len(words) < 2:
        return None  # a single word may be a surname ("Warren", "Grace")
    return given_name_gender(words[0])


def is_given_name(word: str) -> bool:
    """Whether one word is a common given name, of one sex or of either ("Helen", "jim", "Kelly")."""
    if given_name_gender(word) is not None:
        return True
    return not (len(word) <= 3 and word.isupper()) and _key(word) in _either_sex()
