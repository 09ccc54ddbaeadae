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
    aaliyah aarti abby abena abigail achieng adaeze adaora addie adelaide adele adeline adella
    adriana adrienne adwoa agatha agnes agnese agnetha agnieszka aileen aimee aisha aishwarya
    aisling aissatou akiko akinyi akosua alana alberta alejandra aleksandra alessandra alexa
    alexandra alexandria alfreda alice alicia alina alison alla allie allison alma althea alva
    alyssa amaka amal amalia amanda amaya amber amelia amelie amina aminata amira amrita amy ana
    ana-maria anabel anais anastacia anastasia andreea angela angelica angelika angelina angeline
    angelique angie anita anja anjali anke ankita ann anna annabel annabelle annalena anne
    anne-marie anne-sophie annegret anneli anneliese annette annie annika annmarie antoinette
    antonella antonia anupama anya aoife aparna arabella araceli archana ariadne ariana arianna
    arlene arundhati asma astrid audrey augusta aurelie ava awino ayaka ayelet ayesha ayse ayumi
    azadeh barbara beata beatrice beatriz becky belinda bella benazir bernadette bernadine bernice
    bertha beth bethany betsy bettie betty bettye beverley beverly bhavna bianca birgit birgitta
    blanca blanche bogdana bonnie brenda brianna bridget brigitte britta brittany brittney bronwen
    busisiwe caitlin caitlyn calista callie camila camilla candace candice caoimhe cara carissa
    carla carlotta carmela carmelita carmen carol carole caroline carolyn carrie carys cassandra
    cassie catalina catharine catherine cathleen cathryn cathy cecile cecilia celeste celia celine
    chanel chantal charlene charlotte charmaine chelsey cherie cheryl chiamaka chiara chidinma chie
    chinwe chioma chloe christa christiane christie christina christine christy ciara cindy claire
    clara clare clarissa claudette claudia claudine clementine colette colleen conceicao concepcion
    connie constance consuelo cora cordelia corinna corinne corrine cristina cynthia dagmar dalia
    daniela danielle danuta daphne daria darlene dasha davina dawn deana deanna debbie debora
    deborah debra deepa deepika deirdre delfina delia delilah della delores delphine dena denise
    desiree diana diane diann dianna dianne dilma dimitra dina divya dolly dolores dominika
    donatella donna dora doreen dorinda doris dorota dorothea dorothy dorthy dottie dragana drusilla
    earlene ebonee edie edith edna edwina effie efrat efua eileen eimear ekaterina elaina elaine
    eleanor eleanora eleanore elena eleni eliana elif elisa elisabeth elisabetta elise eliza
    elizabeth elke ella ellen ellie elma elnora elodie eloisa eloise elsa elsie elspeth elva elvira
    elyse elzbieta emanuela emeline emilia emilie emily emine emma emmeline enid erica erika eriko
    erin ernestine erzsebet esme esperanza estela estelle esther ethel etta eudora eugenia eugenie
    eunice euphemia eva evangeline evelyn evgenia evie fabiola fannie fanny fariba farzana fatima
    fatma fatoumata fay faye federica felicia felicity fernanda ffion fiona flora flossie folake
    frances francesca francine francoise franziska freda freya frida frieda funmilayo gabriela
    gabriella gabrielle gail galina geeta gemma genevieve genevra georgette georgiana georgina
    geraldine gerda geri germaine gertie gertrude ghada ghislaine gianna gillian gina ginny giorgia
    giovanna gisela giselle gita giulia gladys glenda gloria gosia graca grace graciela grainne
    greta gretchen griselda gudrun gulsen gunilla gussie gwen gwendolyn hadas hailey hala haley
    halina hanan hanna hannah hannelore harriet harriett haruka hasina hatice hattie hayat hayley
    heather heidi heike helen helena helene helga helle hend henrietta hester hettie hiba hilary
    hilda hildegard hillary hina hiroko holly hortense huda ifeoma ilaria ildiko ilene ilse iman
    imani imelda imogen indira ines inez inge ingeborg ingrid ioana iona irene irina irma irmgard
    iryna isabel isabella isabelle isadora isla isobel ivana iwona jaclyn jacqueline jada jadwiga
    jane janelle janet janette janice janie janine janis jasmine jaya jayla jayne jeanette jeanne
    jeannette jeannie jelena jemima jemma jenifer jenna jennie jennifer jenny jeri jessica jill joan
    joana joanie joann joanna joanne jocelyn jodie johanna jolene josefa josefina josephina
    josephine josiane josie joyce juana juanita judith judy julia juliana julianna julianne julie
    juliet julieta juliette junko justine jutta kadiatou kaitlin kaitlyn kalpana kaori kara karen
    karin karla kasia kassandra katalin katarzyna kate katerina kateryna katharine katherine kathie
    kathleen kathrine kathryn kathy katie katja katrin katrina katy katya kavita kavya kayla kaylee
    kayleigh kazuko keiko keisha kellie kendra kerstin khadija khaleda khloe kiara kimberley
    kimberly kinga kirsten kirstie kirsty krista kristen kristin kristina kristine krystal ksenia
    kumiko kylie laetitia laila lakisha lakshmi lana larisa larissa latisha latonya latoya laura
    laure lauren lauretta laverne layla lea leah leanne leila lena leona leonie leonora lerato
    leticia letitia lettie lidia liesel lilian lillian lily lina linda lindiwe lindy linnea
    lisa lisette liudmila liv liz liza lizzie lois lola lora loredana lorena lorene loretta lori
    lorna lorraine lotte lottie louella louisa louise luann luanne lubna lucia lucie lucille lucinda
    lucy ludmila luella luiza lula lupe lupita lurleen lydia lynda lynette lynne lyudmila mabel
    madeleine madeline madelyn madge madhuri mae maeve magdalena maggie maha mahsa mairead makayla
    malgorzata malin mamata mami mamie manal mandy manisha manon manuela marcela marcia marcie marcy
    margaret margarita margery margie margit margo marguerite mari maria maria-elena maria-fernanda
    maria-jose maria-luisa maria-teresa mariah mariam mariama marian mariana marianna marianne
    maribel maribeth maricela marie marie-christine marie-claude marie-france marie-helene
    marie-louise marie-pierre marie-therese marietta marija mariko marilee marilyn marilynn marina
    marisa marisol marit maritza marjorie marjory marla marlena marlene marnie marsha marta martha
    martina martine mary maryam maryann maryanne marylou marzena masako mathilde matilda mattie maud
    maude maura maureen mavis maxine mayumi mckenzie meaghan meena meera meg megan megumi mehbooba
    mehreen melanie melba melinda melissa melva merve meryl mette mia michaela michelle michiko
    midori mihaela milagros mildred milena millicent millie mina minerva minnie mira miranda mireya
    miri miriam mirjana mirta misaki missy mitsuko mitzi miyuki moira mollie molly mona monica
    monika monique morag morgana muriel murielle myra myrtle nadezhda nadia nadine najat naledi
    nancy nanette nannie naoko naomi narges nargis nasrin natalia natalie nataliya natalya natasha
    nathalie nawal nayeli neha nell nellie nettie ngozi niamh nichole nicole nicoletta nina nirmala
    nirupama nisha njeri nkechi nkosazana nneka nokuthula nola nomsa nomvula nora noreen noriko
    norma nour nusrat octavia odessa odette oksana ola olena olga olivia ophelia orla orly ornella
    paivi palesa pam pamela paola parisa pascale patricia patrizia patsy patty paula pauline pearlie
    peggy penelope petra petula philippa phillipa phoebe phyllis pilar polina polly pooja portia
    priscilla priya priyanka rachel radha rae rafaela raffaella raisa rana rani rania raquel rasha
    reba rebecca rebekah reem reiko rekha renata renate renee reva rhea rhiannon rhoda rhonda riitta
    rika rima rita ritu rivka roberta robyn rocio roisin ronda rosa rosalba rosalie rosalind rosalyn
    rosamund rosanna rosanne rose roseann rosella rosemary rosetta rosie rosina rowena roxana
    roxanne roxie roya ruth ruthie sabina sabine sabrina sachiko sadia sadie sakura sally salma
    samantha samara samira sana sandra sangeeta sania sanna sara sarah sarit sarita saundra savita
    sayaka seema segolene selena selina selma serena shabana shaima shalini shameka shana shanice
    shaniqua shanti shari sharlene sharon sharron shauna shawna shazia sheena sheetal sheila shelley
    sheree sherri sherrie sherry sheryl shilpa shira shirin shirley shona shreya sian sibyl sienna
    sigrid silke simona simone sinead siobhan siv smita smriti sneha snezana sobia solange soledad
    solveig sonali sondra sonia sophia sophie sophronia soraya stacey stacy stefania stefanie stella
    stephanie suad sue suha sunita susan susana susanna susannah susanne sushila sushma susie
    suzanne suzette suzy svenja svetlana swati sybil sybille sylvia sylvie sylwia tabitha tali
    tallulah tamar tamara tameka tamika tammy tamsin tania tanisha tanvi tanya tara tarja tasha
    tatiana tatyana teodora teresa teri terri tess tessa tetiana thandi thandiwe thelma theresa
    tiffany tilly tina titilayo tomoko tonya tori tracey trina trisha trixie trudy twila tyesha
    tzipi ulla ulrika ulrike ursula urszula usha ute uzma valarie valentina valeria valerie vandana
    vanessa velma vera verna veronica veronique vesna vicki vickie vicky victoria vidya vikki
    viktoria vilma viola violeta virgie virginie vivian vivienne wafa waltraud wambui wanda wanjiru
    wendy wiebke wilhelmina willa wilma winifred winnie ximena yaa yael yasmin yasmine yekaterina
    yelena yesenia yetunde yoko yolanda yolande yoshiko yukiko yuko yulia yuliya yumi yuriko yvette
    yvonne zahra zainab zanele zeinab zelda zelma zena zeynep zoe zoey zofia zora zoya zsuzsanna
    zuzana
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
