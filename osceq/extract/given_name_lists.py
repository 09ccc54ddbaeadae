"""Word lists of common given names, by sex, for `given_names.py`.

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
"""

__all__ = ["EITHER_WORDS", "FEMALE_WORDS", "MALE_WORDS"]

MALE_WORDS = """
    aamir aarav aaron abbas abdallah abdel abdelaziz abdelkader abdelrahman abdou abdoulaye abdul
    abdulaziz abdullah abdulrahman abe abebe abel abhay abhijit abhishek abiodun abraham achilleas
    achim adam adamu adarsh adebayo adel adewale adil aditya adnan adolfo adolph adrian adrien
    afolabi afshin agustin ahmad ahmadu ahmed ahmet aidan aiden ajay ajeet ajit akash akbar akhil
    aki akihiko akihiro akin akinwale akinwumi akira akram aksel akshay al alain alan alasdair
    alassane albert alberto albrecht alden aldo alec aled alejandro alekos aleksa aleksandar
    aleksander aleksandr aleksei alessandro alessio alexander alexandre alexandru alexei alexey alf
    alfie alfonso alfonzo alfred alfredo algernon ali alistair allan allen alois alojzy alok alon
    alonso alonzo alper altaf alvaro alvin amador amadou amar amare amari amarinder amarjit amaury
    ambrose amedeo amin amir amit amitabh ammar amnon amos amr anand anas anastasios anatole anatoly
    anders andre andreas andrei andrej andres andrew andriy andrzej andy anele angelo angelos angus
    anibal aniket anil anirudh anish ankit ankur ansel anthony antoine anton antonio antonis antony
    antti anupam anurag anwar aodh apostolos arash archibald archie arda ardeshir aristide
    aristotelis arjen arjun arkadiusz arkady arlen arlo armand armando armin arnab arnaldo arnaud
    arne arnie arnold artem arthur artur arturo arun arup arvid arvind arvinder asa asad asger
    ashish ashok ashraf ashwin asif assaf athanasios atiku atsushi atticus attila attilio atul
    auguste augusto augustus aurelien aurelio avi avinash avraham axel ayman ayodele aziz babajide
    babak babar babatunde bader badr bahman bakr baltasar bankole baptiste baris barnaby barney
    barry bart bartholomew bartlomiej bartolome bartosz bashar basil bassam bastien batuhan behrouz
    behzad ben benedict benedikt bengt benito benjamin benji benny benoit berk bernard bernardo
    bernd bernhard bernie bert berthold bertie bertil bertram bertrand bheki bhupinder bilal bill
    billy binyamin birger bjorn blaise boaz bob bobby bogdan boguslaw bohdan bohumil bongani
    borislav borys boubacar bozidar brad braden bradley bradly bram brandon branko braxton brayden
    brendan brendon brent brett brian brody bruce bruno bryan bryce bryson bulent burak burkhard
    burl byron cade caden caio caleb callum calvin camilo carl carlo carlos carmelo carsten casimiro
    catalin cathal cecil cedric celestino cemil cengiz cesar cesare cezar chad chandan charalambos
    charles chauncey cheikh chet chetan chibueze chibuike chidi chidozie chijioke chike chinedu
    christer christian christoph christophe christopher christos chuck chuka chukwuemeka chukwuma
    ciaran cillian ciro clarence claude claudio claus clem clement clemente cletus clint clive clyde
    codrin cody colby colin colm colton conal conner connor conor conrad constantin corbin corentin
    cormac cornelius corrado cosimo costas costel craig cristian cristobal cuthbert cyril czeslaw
    daan dacian dafydd daisuke daithi damian damien damon dan daniel daniil danny dante danylo
    darian darien darin dario darius dariush darnell darragh darrel darrell darren darrin darryl
    darshan daryl dashawn dave davey david davide davion davon dawit dean deandre deangelo debashish
    declan deepak dejuan delbert demarcus demario demba demetrius demond denis dennis denny denys
    denzel deon deonte derek derick dermot derrick deshaun deshawn desmond detlef devante
    devendra devin devonte dexter dharmendra dhruv diaa diarmuid didier diego dieter dietrich dilip
    dimitrios dimitris dimosthenis dinesh dino dion dionisio dipak dirk dirk-jan dmitri dmitry
    dmytro dogan domenico dominic donal donald donncha donnell donnie donovan dontae donte dorian
    dorin doron doug douglas dov dragan dragos duane duarte duncan dusan dusko dustin dwain dwayne
    dwight dylan eamon eamonn earl easton eberhard ebrahim ebuka eckhard ed eddie eddy edgar edgardo
    edmund edmundo edouard eduardo edvard edward edwin eero efrain efren egil egon ehab ehsan ehud
    einar eitan ekkehard ekow eladio elbert eli elias elijah elio eliseo elliot elliott elmar elmer
    eloi eloy elton elvin elvis elwood emad emanuel emanuele emeka emeric emil emile emiliano
    emilien emilio emlyn emmanouil emmanuel emmett emmitt emre emrys enda enes engelbert engin ennio
    enoch enrico enrique enzo eoin ephraim epifanio erasmo ercan erdem eric erich erik erkan erkki
    ernest ernesto ernie ernst erol errol ervin erwin eskil esko essam esteban ethan ethen etienne
    ettore euan eugen eugene eugenio eusebio evan evangelos evaristo everette evgeny ewald ewan eyal
    ezekiel ezequiel ezra fabian fabien fabio fabricio fabrizio facundo fadi fahd faisal fakhar
    farhad farid farouk farzad fatih faustino fausto fawad fawaz fawzi feargal federico feliciano
    felipe felix femi ferdinand ferenc fereydoun fergal fergus ferhat fermin fernand fernando fidel
    fiifi filip filippo fintan firmin firoz flavio florencio florian florin floris floyd forrest
    fortunato fotis fouad francesco francis francisco franco francois frank franklin frans
    fred freddie freddy frederic frederick fredric fredrik frieder friedrich fritz frode fumio
    fyodor gabino gabor gabriel gabriele gadi gael gaetan gaetano ganesh gannon gareth garfield
    garret garrett garry garth gary gaspar gaston gaurav gautam gauthier gavin gavrilo gbenga genaro
    gennady gennaro geno geoff geoffrey georg george georges georgi geraint gerald geraldo gerard
    gerardo gerd gerhard gernot gerrit gerry gert getachew gethin ghassan gheorghe ghislain giacomo
    giancarlo gianfranco gianluca gianluigi gianmarco gianni gideon gil gilad gilbert gilberto giles
    gilles gilmar giorgio giorgos giovanni girish girolamo giulio giuseppe godfrey gokhan goncalo
    gonzalo gopal goran gordon gottfried govind grady graeme graham graydon greg gregg gregoire
    gregor gregorio gregory greyson grigori grigoris grigory grover gruffydd grzegorz guido
    guillaume guillermo gunnar gunter gunther gus gustav gustave gustavo gyula haakon habib hadrien
    haile haim haitham hakan hal halil halvard hamad hamdi hamed hamid hamish hamza hani hank hannes
    hans hansjorg harald hari harish harlan harold harri harry hartmut haruki haruto harvey hasan
    hashem hassan hatem hayato haytham hazem hector heikki heiko heiner heinrich heinz heitor helge
    helio helmut helmuth helmy hemant hendrik henk henri henrik henry herbert heribert heriberto
    herman hernan herschel herve hideki hideo hidetoshi hilario hippolyte hiram hirokazu hiroki
    hiroshi hiroyuki hisashi hisham hjalmar holger honore hooshang horace horacio horst hosea hosni
    hossein howard hryhoriy hubert hubertus hugh hugo hugues humberto humphrey husain huseyin
    hussein huw iain ian ibrahim ibrahima ichiro idris ieuan ifeanyi ignacio ignatius ignazio igor
    ihab ihor ike ikechukwu ikenna iker ilan ilias ilker ilkka illia ilya imad imran imre ingo
    ingolf ingvar inigo ioannis irfan irvin irwin isaac isaiah isaias isamu isiah isidore isidro
    ismael ismail ismet issa issam istvan itai itamar itsuki itzhak iulian ivan ivo ivor iwan jaap
    jaber jabulani jacek jacinto jack jacob jacques jagdish jaiden jair jairo jake jakob jakub
    jalal jalen jamal jamar jamel james jamil jamshid janos janusz jaquan jared jari jarl jarod
    jaromir jaroslaw jarred jarrett jarrod jason jasper jaswant jatin javad javier javon jawad jaxon
    jaxson jay jayant jayce jayden jaylen jean-baptiste jean-charles jean-christophe jean-claude
    jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel
    jean-paul jean-philippe jean-pierre jean-yves jeb jed jedidiah jeff jeffery jeffrey jelle jens
    jerald jeremiah jeremie jeremy jermaine jeroen jerold jerome jeronimo jerrod jerry jerzy jesper
    jesse jethro jide jim jimmy jiri jiro jitendra joachim joakim joao joaquim joaquin jochen joe
    joel joerg joey johann johannes john johnathan johnnie johnny jomo jon jonah jonas jonathan
    jonathon joost jorg jorge jorgen joris jose jose-antonio jose-luis jose-maria josef joseph josh
    joshua josue jouni jovan jovani jozef juan juan-carlos juan-manuel juan-pablo juha jukka jules
    julian julien julio julius junaid junichi junichiro jurgen jussi justin justo justus juwan jyrki
    kaan kade kadir kagiso kaito kaleb kalle kamal kamil kamran kapil karan kareem karel karim karl
    karsten kartik kashif kaspar kasper katsuhiko katsuya kaushik kaveh kayden kayode kazimierz
    kazuhiko kazuhiro kazuki kazuo kazuya keegan kees keiichi keir keisuke keith kelvin kemal ken
    kendrick kenichi kenichiro kenji kenneth kenny kenta keon kerem kermit keshaun keshawn kevin
    keyvan kgalema khaled khalid khalil kian kieran kieron kilian kimmo kiprono kipruto kiril kirill
    kirk kishore kiyoshi kjell kjetil klaus klaus-dieter kliment knut kobina koen kofi koichi
    koichiro koji kojo kolby konrad konstantin konstantinos koray kostas kourosh kristian kristopher
    krzysztof kuldeep kunal kunio kurt kwabena kwadwo kwaku kwame kwasi kwesi kyle kyriakos lachlan
    ladislav lalit lamar lamarcus lamine lamont landen landon larry lars laszlo laureano laurent
    lauri lawrence lazaro leandro lech lefteris leif leland len lenard lennart lenny leo leon
    leonard leonardo leonel leonid leopold leroy lester levent levi lewis liam lino lionel lisandro
    liviu lloyd logan loic lokesh lonnie lorcan loren lorenz lorenzo lorne lothar lou louis lubomir
    luc luca lucas lucian luciano lucien lucio lucius ludvik ludwig luigi luis luiz lukas lukasz
    luke lungile lungisani luther lutz luuk lwazi lyle lyndon maarten maciej madhav mads magnus
    mahdi mahendra maher mahesh mahmoud mahmud majid makoto maksim maksym malcolm malik malte mamadi
    mamadou mamdouh mamoru mandla manfred manish manmohan manny manohar manoj manolis manouchehr
    manuel marc marcel marcello marcelo marcial marcin marcio marco marcos marcus marek mariano
    mario marios marius mariusz mark markku markus marlon martin marvin marwan masaaki masahiro
    masanori masao masaru masashi masato masayuki mason masoud massimo matej mateo mateusz mathew
    mathias mathieu mats matt matteo matthew matthias matthieu matti maurice mauricio maurizio mauro
    max maxime maximiliano maximo maximus maxwell mayank mazen medhat mehdi mehmet mehran meir mekhi
    melchor melvin menachem mervyn mesut metin micah michael michalis micheal michel michio mick
    mickey miguel mihai mihail mikael mike mikhail mikko milad milo milorad milos miltiadis minoru
    miodrag mircea miroslav mitch mitchell mitsuo mladen mmusi moataz modibo moe mohamad mohamed
    mohammad mohammadreza mohammed mohammed-ali mohan mohit mohsen moises mojtaba monty mordechai
    morio moritz morris morten morteza mortimer morton moses moshe mostafa mounir moussa mthunzi
    muhammad muhammadu muhannad mukesh mukul mukund munir murat murilo murray musa mushtaq mustafa
    mykola myron nabeel nabih nabil nadav nadeem naftali nagendra naguib naji nandan naoki naoto
    napoleon narendra naresh nasser nathan nathanael nathanial nathaniel naveen navin nawaz nazario
    nebojsa necati ned neeraj nehemiah neil nektarios nelson nenad nestor neville niall nicanor
    nicholas nick nico nicolae niels nigel nihat nikhil niklas niko nikola nikolai nikolaus
    nikolay nikos nilesh nils nimrod niraj nirav nitin nizar nkosinathi nnamdi noah noboru nobuo
    nobuyuki nolan norbert norio norman nuno nunzio obafemi obinna octavio oddvar odera odhran ofer
    ogbonna oguz oisin okan okechukwu olaf olawale oldrich oleg oleksandr oleksiy oliver olivier
    olli ollie olof olufemi olumide olusegun oluwafemi oluwatobi omar omari omer omid omran ondrej
    onur oren oreste orhan orval orville osama osamu oscar oskar osman osvaldo oswald otavio otmar
    ottavio otto ousmane ove ovidiu owen ozan paavo pablo padraig panagiotis pankaj pantelis paolo
    paresh parth parvez parviz pascal pascual pasquale patrice patricio patrick paul pavel pavlo
    pavlos pawel payam peadar pedro pekka percival percy pervez petar pete peter petr petri petros
    petter peyman phil philbert philip philipp philippe phillip pierluigi piero pierre pieter pietro
    pim piotr piyush placido porfirio pouya prabhat pradeep pradip prakash pramod pranav prashant
    praveen predrag pritam proinsias prokopis przemyslaw qais qasim quentin quinton radek radoslaw
    radovan radu raed rafael rafal raffaele rafik raghav ragheb raheem rahim rahul raila raimo
    raimondo rainer rajeev rajendra rajesh rajiv rajnath raju rakesh ralph ramazan ramesh rami ramin
    ramiro ramon randal randall randy ranjit raouf raoul rashaad rashad rasheed rashid rasmus raul
    ravi ravindra ray rayford raymond rayshawn razvan reg reggie reginald reinaldo reiner reinhard
    reinhold remi remigio renato renaud rene renzo reuben reuven rex reynaldo reza rhett rhodri rhys
    riad ricardo riccardo richard rick ricky rigoberto riku rinaldo risto ritesh riyad rizwan roald
    rob robbie robert roberto rocco roderick rodney rodolfo rodrigo rogelio roger rogerio rohan
    rohit roland rolando rolf romain romario romeo romolo ron ronald ronaldo ronan ronen ronnie rory
    roscoe rosendo ross rostislav roy ruairi ruben rudi rudiger rudolf rudolph rudy rufino rufus rui
    rupert ruslan russ russell rutger ruud ryan ryo ryoichi ryota ryuji saad sabelo sabino sabri
    sachin sadao sadiq saeed safwat sagar salah saleh salem salim salman salvatore saman sameh sami
    samir sammie sammy samuel sandeep sandip sandor sandro sanjay sanjeev sanjiv santino santosh
    satish satoshi saturnino satya saul sauli saurabh sayed scott seamus sean sebastian sebastiao
    sebastien segun seiji selim semyon seppo serge sergei sergey sergio sergiy serkan seth settimio
    shafik shahbaz shahid shahram shailesh shamar shane shaquille sharad sharif shashi shaul shaun
    shawn shehbaz shekhar sheldon sherwood shigeo shigeru shimon shinichi shinji shintaro shinzo
    shivam shlomo shoaib shota shuichi shunsuke shyam siavash sibusiso sid siddharth siddhartha
    sidharth sidnei sidney siegfried sigmar sigmund sigurd silas silvestre silvio simon sinan sipho
    sitaram siyabonga sizwe sjoerd slavko slawomir slobodan sohail sohrab solomon sonny soren sorin
    sota sotiris souleymane spencer spyros srinivas sriram stan stanislav stanislaw stanko stanley
    stavros stefano steffen stelios stepan stephane stephen steve steven stewart stig stijn stuart
    stylianos subhash sudhir suhail sujit suleyman sumit sundar sune sunil surendra suresh sushil
    susumu svein sverre svetozar swapnil sylvain sylvester sylvestre szymon tadao tadashi tadeusz
    tadhg taha tahir takahiro takao takashi takeo takeshi takumi takuya talal tamer tamotsu tapio
    taras tarek tareq tariq taro tarun tatsuya tavon tawfik tayyip ted teddy teemu tejas teodor
    teodoro terence terrance terrell terrence terrill teruo tesfaye teshome tetsuya teun thabo thad
    thaddeus thanasis themba themis theo theodor theodore theodoros theron thiago thibault thibaut
    thierry thijs thodoris thomas thorsten tiago tibor tim timo timoteo timothee timothy timur
    tobias toby todd tolga tom tomas tomasz tomislav tommaso tommy tomoaki tomohiro tony torbjorn
    torsten toru toshiaki toshihiro toshio toshiro traian travis tremaine trent trevon trevor
    treyvon tristan tristen trond trystan tsutomu tullio tuncay tunde tuomas turlough tushar twan
    tyler tyree tyrell tyrese tyrone tyshawn tyson tzvi uday ugo ugur uhuru ulf ulises ulrich
    ulysses umberto umesh umut upendra urho uri uriel usman uwe vaclav vadim vahid valdir valentin
    valentino valerio valeriy valery vangelis varun vasant vasile vasilis vasily vasyl veikko
    velimir venancio venkat venkatesh vern verne vernon vesa veselin viacheslav vic vicente victor
    victoriano vidar viggo vijay vijender vikas vikram viktor vinay vince vincent vincenzo vineet
    vinicius vinod viorel virender virgil vishal vishnu vitali vitaly vito vittorio vivek vladimir
    vladislav vojislav vojtech volkan volker volodymyr vuk vukasin vyacheslav wael wahid waldemar
    waldo waleed walid wallace walter walther waqar wayne wenceslao wendel wendelin wendell werner
    wesley wilbert wilbur wilford wilfred wilfredo wilfried wilhelm willard willem william willie
    willis willy wilmer wim winfred winfried winston wojciech wole wolf-dieter wolfgang woodrow
    wouter wyatt xavier yaakov yahya yair yakubu yann yannick yannis yaroslav yash yasir yasser
    yassin yasuhiro yasuo yasushi yavuz yaw yegor yehoshua yehuda yevgeny yevhen yiannis yigal yigit
    yisrael yitzchak yitzhak yoav yogendra yogesh yoichi yonatan yorgos yosef yoshiaki yoshihide
    yoshihiko yoshinori yoshio yoshiro yossi younes younis yousef youssef yoweri yuichi yuji yukio
    yuri yury yusaku yusuf yusuke yuta yuval yuvraj yves zacarias zach zachariah zachary zack zafar
    zaid zakaria zane zbigniew zdenek zdzislaw zeb zeev zeke zeljko ziad zivko zoltan zoran zuhair
    zulfiqar zvi
"""

FEMALE_WORDS = """
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
    hend henrietta henrike hester hettie hiba hila hilda hildegard hillary hina hiroko
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
    maria-elena maria-fernanda maria-jose maria-luisa maria-teresa mariah mariam mariama
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
    noelle noemi noga nokuthula nola nomsa nomvula nomzamo nora noreen noriko norma nosipho
    noura nourhan nozomi nthabiseng nuala nuria nusrat nyla nyokabi oana obiageli oceane octavia
    odessa odette oksana olena olesya olga olivia oluchi omolara onyinye ophelia orla orly
    ornella osnat outi ozlem padma paige paivi palesa paloma pam pamela panagiota paola parisa
    parvaneh parvati pascale patricia patrizia patsy patty paula paulina pauline pearlie pegah peggy
    penelope perrine petra petula philippa phillipa philomena phoebe phumzile phyllis pilar pinar
    pirjo polina polly pooja poonam portia pratibha preeti priscila priscilla priti priya priyanka
    pushpa rabab rachael rachel rachna radha radhika radka rae rafaela raffaella ragnhild rahaf
    raisa randa rani rania raphaelle raquel rasha rashmi ravit rawan razan reba rebeca rebecca
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
    silvija simin simona simran sinead siobhan siv smita smriti sneha snezana snezhana sobia
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
EITHER_WORDS = """
    alex andrea ariel ashley billie bobbie camille casey charlie chris courtney dana desta
    dominique frankie hilary jackie jaime jamie jean jess jo jody kelly kelsey kim kris laurie
    lesley leslie lindsay lindsey marian marty michal michele nicola nikita noor nour ola rana
    robin sam sasha simone stevie terry toni tracy yuki
"""

# Given names that stand second in a name of the other sex as often as of their own (`Josep Maria`,
# `Jean Marie`, `Luis José`): a second given name tells no sex.
MIDDLE_OF_EITHER_WORDS = "maria marie josé jose anne"
