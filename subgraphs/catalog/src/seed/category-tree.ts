/**
 * The demo marketplace's category tree: departments, categories, leaf categories (3 levels), each
 * leaf with the brands sold there, a price band in minor units and the attributes its products carry.
 * Hand-written so names are realistic; faker fills in the variety below this level.
 */
export interface LeafTemplate {
  name: string;
  brands: string[];
  /** Price band in minor units (USD cents). */
  price: [number, number];
  /** Attribute name -> possible values. */
  attributes: Record<string, string[]>;
  /** Product name nouns for this leaf. */
  nouns: string[];
}

export interface CategoryTemplate {
  name: string;
  children: { name: string; leaves: LeafTemplate[] }[];
}

const colors = ['Black', 'White', 'Silver', 'Blue', 'Red', 'Green', 'Graphite', 'Rose Gold'];
const sizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

export const CATEGORY_TREE: CategoryTemplate[] = [
  {
    name: 'Electronics',
    children: [
      {
        name: 'Phones & Tablets',
        leaves: [
          {
            name: 'Smartphones',
            brands: ['Apple', 'Samsung', 'Google', 'OnePlus', 'Xiaomi', 'Motorola'],
            price: [19900, 159900],
            attributes: {
              Storage: ['64 GB', '128 GB', '256 GB', '512 GB'],
              Color: colors,
              Screen: ['6.1 in', '6.4 in', '6.7 in'],
            },
            nouns: ['iPhone 15', 'Galaxy S24', 'Pixel 8', 'Nord 3', 'Redmi Note 13', 'Edge 40', 'Phone'],
          },
          {
            name: 'Tablets',
            brands: ['Apple', 'Samsung', 'Lenovo', 'Amazon'],
            price: [9900, 129900],
            attributes: { Storage: ['32 GB', '64 GB', '128 GB', '256 GB'], Color: colors },
            nouns: ['iPad Air', 'Galaxy Tab', 'Tab P11', 'Fire HD', 'Tablet'],
          },
        ],
      },
      {
        name: 'Computers',
        leaves: [
          {
            name: 'Laptops',
            brands: ['Apple', 'Dell', 'Lenovo', 'HP', 'Asus', 'Acer'],
            price: [39900, 349900],
            attributes: {
              RAM: ['8 GB', '16 GB', '32 GB'],
              Storage: ['256 GB SSD', '512 GB SSD', '1 TB SSD'],
              Screen: ['13 in', '14 in', '15.6 in', '16 in'],
            },
            nouns: ['MacBook Air', 'XPS 13', 'ThinkPad X1', 'Spectre x360', 'ZenBook', 'Swift Go', 'Laptop'],
          },
          {
            name: 'Monitors',
            brands: ['Dell', 'LG', 'Samsung', 'BenQ', 'Asus'],
            price: [12900, 149900],
            attributes: { Size: ['24 in', '27 in', '32 in', '34 in'], Resolution: ['1080p', '1440p', '4K'] },
            nouns: ['UltraSharp Monitor', 'UltraGear Monitor', 'Odyssey Monitor', 'Designer Monitor'],
          },
        ],
      },
      {
        name: 'Audio',
        leaves: [
          {
            name: 'Headphones',
            brands: ['Sony', 'Bose', 'Apple', 'Sennheiser', 'JBL', 'Beats'],
            price: [2900, 54900],
            attributes: {
              Type: ['Over-ear', 'On-ear', 'In-ear'],
              Wireless: ['Yes', 'No'],
              'Noise cancelling': ['Yes', 'No'],
              Color: colors,
            },
            nouns: [
              'WH-1000XM5',
              'QuietComfort Headphones',
              'AirPods Pro',
              'Momentum 4',
              'Tune Buds',
              'Studio Pro',
              'Headphones',
              'Earbuds',
            ],
          },
          {
            name: 'Speakers',
            brands: ['Sonos', 'JBL', 'Bose', 'Marshall', 'Ultimate Ears'],
            price: [4900, 89900],
            attributes: { Wireless: ['Yes', 'No'], Waterproof: ['Yes', 'No'] },
            nouns: ['Era 100', 'Flip 6', 'SoundLink', 'Stanmore', 'Boom 3', 'Speaker'],
          },
        ],
      },
    ],
  },
  {
    name: 'Home & Kitchen',
    children: [
      {
        name: 'Kitchen Appliances',
        leaves: [
          {
            name: 'Coffee Machines',
            brands: ["De'Longhi", 'Breville', 'Nespresso', 'Philips', 'Krups'],
            price: [5900, 199900],
            attributes: { Type: ['Espresso', 'Drip', 'Capsule', 'Bean to cup'], Color: colors },
            nouns: ['Espresso Machine', 'Coffee Maker', 'Barista Express', 'Vertuo', 'LatteGo'],
          },
          {
            name: 'Blenders',
            brands: ['Vitamix', 'Ninja', 'KitchenAid', 'Oster'],
            price: [3900, 69900],
            attributes: { Capacity: ['1 L', '1.5 L', '2 L'], Power: ['600 W', '1000 W', '1500 W'] },
            nouns: ['Blender', 'Professional Blender', 'Personal Blender'],
          },
        ],
      },
      {
        name: 'Furniture',
        leaves: [
          {
            name: 'Office Chairs',
            brands: ['Herman Miller', 'Steelcase', 'IKEA', 'Secretlab'],
            price: [9900, 189900],
            attributes: { Material: ['Mesh', 'Leather', 'Fabric'], Color: colors },
            nouns: ['Aeron Chair', 'Leap Chair', 'Markus Chair', 'Titan Chair', 'Office Chair'],
          },
          {
            name: 'Desks',
            brands: ['IKEA', 'Fully', 'Uplift', 'Flexispot'],
            price: [14900, 129900],
            attributes: { Width: ['120 cm', '140 cm', '160 cm'], 'Standing desk': ['Yes', 'No'] },
            nouns: ['Standing Desk', 'Writing Desk', 'Corner Desk'],
          },
        ],
      },
    ],
  },
  {
    name: 'Fashion',
    children: [
      {
        name: 'Shoes',
        leaves: [
          {
            name: 'Running Shoes',
            brands: ['Nike', 'Adidas', 'Asics', 'Brooks', 'Hoka', 'New Balance'],
            price: [5900, 24900],
            attributes: { Size: ['38', '39', '40', '41', '42', '43', '44', '45'], Color: colors },
            nouns: [
              'Pegasus 40',
              'Ultraboost',
              'Gel-Kayano',
              'Ghost 15',
              'Clifton 9',
              'Fresh Foam',
              'Running Shoe',
            ],
          },
          {
            name: 'Sneakers',
            brands: ['Nike', 'Adidas', 'Puma', 'Converse', 'Vans'],
            price: [4900, 19900],
            attributes: { Size: ['38', '39', '40', '41', '42', '43', '44'], Color: colors },
            nouns: ['Air Force 1', 'Stan Smith', 'Suede Classic', 'Chuck Taylor', 'Old Skool', 'Sneaker'],
          },
        ],
      },
      {
        name: 'Clothing',
        leaves: [
          {
            name: 'Jackets',
            brands: ["Levi's", 'The North Face', 'Patagonia', 'Columbia', 'Uniqlo'],
            price: [3900, 49900],
            attributes: { Size: sizes, Color: colors, Material: ['Down', 'Fleece', 'Denim', 'Nylon'] },
            nouns: ['Down Jacket', 'Fleece Jacket', 'Trucker Jacket', 'Rain Jacket', 'Parka'],
          },
          {
            name: 'T-Shirts',
            brands: ['Uniqlo', 'H&M', "Levi's", 'Nike', 'Adidas'],
            price: [900, 4900],
            attributes: { Size: sizes, Color: colors, Material: ['Cotton', 'Organic cotton', 'Polyester'] },
            nouns: ['Crew Neck T-Shirt', 'V-Neck T-Shirt', 'Graphic Tee', 'Performance Tee'],
          },
        ],
      },
    ],
  },
  {
    name: 'Sports & Outdoors',
    children: [
      {
        name: 'Camping',
        leaves: [
          {
            name: 'Tents',
            brands: ['MSR', 'Big Agnes', 'Coleman', 'REI'],
            price: [7900, 79900],
            attributes: { Capacity: ['1 person', '2 person', '4 person'], Season: ['3-season', '4-season'] },
            nouns: ['Backpacking Tent', 'Dome Tent', 'Family Tent'],
          },
          {
            name: 'Sleeping Bags',
            brands: ['Marmot', 'Therm-a-Rest', 'Coleman', 'Nemo'],
            price: [3900, 59900],
            attributes: { 'Temperature rating': ['-10 C', '0 C', '5 C', '10 C'] },
            nouns: ['Sleeping Bag', 'Down Sleeping Bag', 'Quilt'],
          },
        ],
      },
      {
        name: 'Fitness',
        leaves: [
          {
            name: 'Yoga Mats',
            brands: ['Manduka', 'Lululemon', 'Gaiam', 'Liforme'],
            price: [1900, 14900],
            attributes: { Thickness: ['3 mm', '5 mm', '6 mm'], Color: colors },
            nouns: ['Yoga Mat', 'Travel Mat', 'Pro Mat'],
          },
          {
            name: 'Dumbbells',
            brands: ['Bowflex', 'PowerBlock', 'Rogue', 'CAP'],
            price: [2900, 69900],
            attributes: { Weight: ['5 kg', '10 kg', '20 kg', 'Adjustable'] },
            nouns: ['Adjustable Dumbbells', 'Hex Dumbbell', 'Dumbbell Set'],
          },
        ],
      },
    ],
  },
];

/** Model names per leaf and brand, so an Apple phone is an iPhone and not a Galaxy. */
export const BRAND_MODELS: Record<string, Record<string, string[]>> = {
  Smartphones: {
    Apple: ['iPhone 15', 'iPhone 15 Pro'],
    Samsung: ['Galaxy S24', 'Galaxy A55'],
    Google: ['Pixel 8', 'Pixel 8a'],
    OnePlus: ['OnePlus 12', 'Nord 3'],
    Xiaomi: ['Xiaomi 14', 'Redmi Note 13'],
    Motorola: ['Edge 40', 'Moto G84'],
  },
  Tablets: {
    Apple: ['iPad Air', 'iPad Pro'],
    Samsung: ['Galaxy Tab S9'],
    Lenovo: ['Tab P11'],
    Amazon: ['Fire HD 10'],
  },
  Laptops: {
    Apple: ['MacBook Air', 'MacBook Pro'],
    Dell: ['XPS 13', 'Inspiron 15'],
    Lenovo: ['ThinkPad X1 Carbon', 'IdeaPad 5'],
    HP: ['Spectre x360', 'Pavilion 15'],
    Asus: ['ZenBook 14', 'ROG Zephyrus'],
    Acer: ['Swift Go', 'Aspire 5'],
  },
  Monitors: {
    Dell: ['UltraSharp'],
    LG: ['UltraGear'],
    Samsung: ['Odyssey'],
    BenQ: ['DesignVue'],
    Asus: ['ProArt'],
  },
  Headphones: {
    Sony: ['WH-1000XM5', 'WF-1000XM5'],
    Bose: ['QuietComfort Ultra', 'QuietComfort Earbuds'],
    Apple: ['AirPods Pro', 'AirPods Max'],
    Sennheiser: ['Momentum 4', 'HD 660S'],
    JBL: ['Tune 770NC', 'Live Pro 2'],
    Beats: ['Studio Pro', 'Fit Pro'],
  },
  Speakers: {
    Sonos: ['Era 100', 'Move 2'],
    JBL: ['Flip 6', 'Charge 5'],
    Bose: ['SoundLink Flex'],
    Marshall: ['Stanmore III', 'Emberton II'],
    'Ultimate Ears': ['Boom 3', 'Wonderboom 3'],
  },
  'Running Shoes': {
    Nike: ['Pegasus 40', 'Vaporfly 3'],
    Adidas: ['Ultraboost Light', 'Adizero SL'],
    Asics: ['Gel-Kayano 30', 'Novablast 4'],
    Brooks: ['Ghost 15', 'Glycerin 21'],
    Hoka: ['Clifton 9', 'Bondi 8'],
    'New Balance': ['Fresh Foam 1080', 'FuelCell Rebel'],
  },
  Sneakers: {
    Nike: ['Air Force 1', 'Dunk Low'],
    Adidas: ['Stan Smith', 'Samba'],
    Puma: ['Suede Classic'],
    Converse: ['Chuck Taylor All Star'],
    Vans: ['Old Skool'],
  },
  'Office Chairs': {
    'Herman Miller': ['Aeron', 'Embody'],
    Steelcase: ['Leap', 'Gesture'],
    IKEA: ['Markus'],
    Secretlab: ['Titan Evo'],
  },
};
